package io.mesopj.internal.core;

/**
 * A request that cannot be served, with the HTTP status and a message fit for the user
 * (4xx: the request's fault; 5xx: ours). Never carries internals in its message.
 */
public final class UiException extends RuntimeException {
  private final int status;
  private final boolean retryable;

  public UiException(int status, String message) {
    this(status, message, false, null);
  }

  public UiException(int status, String message, boolean retryable, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.retryable = retryable;
  }

  public static UiException badRequest(String message) {
    return new UiException(400, message);
  }

  public int status() {
    return status;
  }

  public boolean retryable() {
    return retryable;
  }
}
