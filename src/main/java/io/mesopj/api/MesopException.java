package io.mesopj.api;

/**
 * A mistake in application code that mesopj can name (bad page definition, unusable state
 * class, handler that cannot be identified). The message says what to change.
 */
public class MesopException extends RuntimeException {
  public MesopException(String message) {
    super(message);
  }

  public MesopException(String message, Throwable cause) {
    super(message, cause);
  }
}
