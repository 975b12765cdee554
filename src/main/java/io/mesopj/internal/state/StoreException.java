package io.mesopj.internal.state;

/**
 * A state store could not do what was asked. {@link #retryable()} says whether trying again
 * later may succeed (database down, lock timeout) or not (corrupt data, missing table).
 */
public class StoreException extends RuntimeException {
  private final boolean retryable;

  public StoreException(String message, boolean retryable) {
    super(message);
    this.retryable = retryable;
  }

  public StoreException(String message, boolean retryable, Throwable cause) {
    super(message, cause);
    this.retryable = retryable;
  }

  public boolean retryable() {
    return retryable;
  }
}
