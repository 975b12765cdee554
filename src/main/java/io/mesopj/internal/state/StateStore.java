package io.mesopj.internal.state;

import java.time.Duration;
import java.time.Instant;

/**
 * Where server-side session state lives (memory, file, sql, firestore). A store keeps, per
 * session token, opaque bytes plus what it needs to serialise updates across nodes: a lease
 * with a fencing number and an expiry time.
 *
 * <p>Life of an event: {@link #tryAcquire} (the runtime waits and retries while BUSY, without
 * holding a thread), then {@link #commit} with the new bytes, or {@link #release} to leave them
 * unchanged. While the handler runs the runtime calls {@link #renew}. A commit whose lease was
 * granted to someone else since must fail with {@link FencedOffException}.
 *
 * <p>Methods may block on I/O; the runtime calls them from its own executor, never from a
 * container thread. Implementations are thread-safe.
 */
public interface StateStore extends AutoCloseable {
  /** Short name for logs, e.g. "memory". */
  String name();

  /** Stores a new session. The token is fresh and random, so it does not exist yet. */
  void create(String token, byte[] record, Instant expiresAt);

  /**
   * Takes the session's lease for {@code leaseTime} if no one holds it (or the holder's lease
   * ran out), without waiting. An expired session is MISSING.
   */
  AcquireResult tryAcquire(String token, Duration leaseTime);

  /** Extends a held lease; false if it was lost to someone else. */
  boolean renew(Lease lease, Duration leaseTime);

  /**
   * Replaces the session's bytes, sets its expiry and releases the lease, all at once, iff the
   * lease is still the current one; otherwise throws FencedOffException and changes nothing.
   */
  void commit(Lease lease, byte[] record, Instant expiresAt);

  /**
   * Replaces the session's bytes and expiry but keeps the lease, iff the lease is still the
   * current one (otherwise FencedOffException, nothing written). Used when several events share
   * a session (concurrent updates) and one finishes while others still run: its result is
   * durable before it is acknowledged.
   */
  void checkpoint(Lease lease, byte[] record, Instant expiresAt);

  /** Gives the lease back without changing the bytes (but refreshing nothing). */
  void release(Lease lease);

  /** Removes a session, if present. */
  void delete(String token);

  /**
   * Removes sessions whose expiry has passed (and that are not leased); returns how many.
   * Runs in the background, not on the request path.
   */
  int sweepExpired(Instant now);

  /** Throws StoreException if the store cannot serve requests now (for readiness checks). */
  void checkReady();

  @Override
  default void close() {}
}
