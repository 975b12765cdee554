package io.mesopj.internal.state.file;

/**
 * The lease and expiry fields of one session file (all in epoch milliseconds except ttl).
 * Immutable: each change writes a whole new file.
 *
 * @param fence grows by one with every grant; a commit must present the current value
 * @param leaseUntil when the current lease runs out; 0 when no lease is held
 * @param expiresAt when the session expires unless used again
 * @param ttl how far each use pushes {@code expiresAt} out (TTL counts from last use)
 */
record SessionHeader(long fence, long leaseUntil, long expiresAt, long ttl) {
  /** A fresh session's header: never leased, expiring at {@code expiresAt}. */
  static SessionHeader created(long now, long expiresAt) {
    return new SessionHeader(0, 0, expiresAt, Math.max(0, expiresAt - now));
  }

  /** Someone holds a lease that has not run out. */
  boolean leasedAt(long now) {
    return leaseUntil > now;
  }

  /** Expired and not leased: the session no longer exists, whether or not the sweep removed it. */
  boolean goneAt(long now) {
    return expiresAt <= now && !leasedAt(now);
  }

  /** A lease was granted and not yet committed or released (it may have run out since). */
  boolean leaseOutstanding() {
    return leaseUntil != 0;
  }

  SessionHeader granted(long now, long leaseMillis) {
    return new SessionHeader(fence + 1, now + leaseMillis, now + ttl, ttl);
  }

  SessionHeader renewed(long now, long leaseMillis) {
    return new SessionHeader(fence, now + leaseMillis, expiresAt, ttl);
  }

  SessionHeader committed(long now, long newExpiresAt) {
    return new SessionHeader(fence, 0, newExpiresAt, Math.max(0, newExpiresAt - now));
  }

  /** New bytes saved while the lease stays held. */
  SessionHeader checkpointed(long now, long newExpiresAt) {
    return new SessionHeader(fence, leaseUntil, newExpiresAt, Math.max(0, newExpiresAt - now));
  }

  SessionHeader released() {
    return new SessionHeader(fence, 0, expiresAt, ttl);
  }
}
