package io.mesopj.internal.core;

/** A handler that cannot get an id that is the same on every JVM; the API reports it to the app. */
public final class UnstableHandlerException extends RuntimeException {
  public UnstableHandlerException(String message, Throwable cause) {
    super(message, cause);
  }
}
