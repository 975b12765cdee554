package io.mesopj.internal.state;

/**
 * Exclusive right to update one session until committed or released. {@code fence} grows with
 * every grant, so a store can refuse a commit from a lease that has since been granted again.
 */
public final class Lease {
  private final String token;
  private final long fence;
  private final byte[] record;

  public Lease(String token, long fence, byte[] record) {
    this.token = token;
    this.fence = fence;
    this.record = record;
  }

  public String token() {
    return token;
  }

  public long fence() {
    return fence;
  }

  /** The session's stored bytes as of the grant. */
  public byte[] record() {
    return record;
  }
}
