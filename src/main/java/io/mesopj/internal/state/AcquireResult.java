package io.mesopj.internal.state;

/** Outcome of {@link StateStore#tryAcquire}: granted, busy (someone holds it) or missing. */
public final class AcquireResult {
  /** What happened. */
  public enum Status { GRANTED, BUSY, MISSING }

  private static final AcquireResult BUSY = new AcquireResult(Status.BUSY, null);
  private static final AcquireResult MISSING = new AcquireResult(Status.MISSING, null);

  private final Status status;
  private final Lease lease;

  private AcquireResult(Status status, Lease lease) {
    this.status = status;
    this.lease = lease;
  }

  public static AcquireResult granted(Lease lease) {
    return new AcquireResult(Status.GRANTED, lease);
  }

  public static AcquireResult busy() {
    return BUSY;
  }

  /** The session does not exist (never created, expired or deleted). */
  public static AcquireResult missing() {
    return MISSING;
  }

  public Status status() {
    return status;
  }

  /** The lease, when granted. */
  public Lease lease() {
    return lease;
  }
}
