package io.mesopj.internal.runtime.session;

import io.mesopj.protocol.SessionUpdate;
import io.mesopj.protocol.UserEvent;
import io.mesopj.protocol.internal.SessionRecord;
import io.mesopj.internal.runtime.StateCodec;
import io.mesopj.internal.core.UiException;
import io.mesopj.internal.state.AcquireResult;
import io.mesopj.internal.state.FencedOffException;
import io.mesopj.internal.state.Lease;
import io.mesopj.internal.state.SessionTokens;
import io.mesopj.internal.state.StateStore;
import io.mesopj.internal.state.StoreException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Server-side sessions in a {@link StateStore}. An event waits its turn behind earlier events
 * of its session on this node, then takes the store's lease (retrying with backoff while
 * another node holds it), keeps the lease renewed while its handler runs, and commits with the
 * lease's fence so a request that lost its lease cannot overwrite newer state.
 */
public final class StoredSessions implements SessionStates {
  private static final Logger LOG = Logger.getLogger(StoredSessions.class.getName());
  private static final long FIRST_BACKOFF_MS = 2;
  private static final long MAX_BACKOFF_MS = 100;

  private final StateStore store;
  private final StateCodec codec;
  private final SecureRandom random;
  private final Clock clock;
  private final Duration ttl;
  private final Duration leaseTime;
  private final Duration maxWait;
  private final long maxStateBytes;
  private final Executor executor;
  private final ScheduledExecutorService scheduler;
  private final SessionQueue queue = new SessionQueue();

  public StoredSessions(StateStore store, StateCodec codec, SecureRandom random, Clock clock, Duration ttl,
      Duration leaseTime, Duration maxWait, long maxStateBytes, Executor executor, ScheduledExecutorService scheduler) {
    this.store = store;
    this.codec = codec;
    this.random = random;
    this.clock = clock;
    this.ttl = ttl;
    this.leaseTime = leaseTime;
    this.maxWait = maxWait;
    this.maxStateBytes = maxStateBytes;
    this.executor = executor;
    this.scheduler = scheduler;
  }

  public StateStore store() {
    return store;
  }

  @Override
  public SessionHandle create() {
    String token = SessionTokens.newToken(random);
    return new RecordHandle(codec, SessionRecord.getDefaultInstance(), RecordHandle.REMEMBERED_EVENTS) {
      private boolean created;

      @Override
      public synchronized SessionUpdate commit(String eventId) {
        byte[] bytes = next(eventId).toByteArray();
        StateLimits.check(bytes.length, maxStateBytes);
        try {
          if (!created) {
            store.create(token, bytes, clock.instant().plus(ttl));
            created = true;
          } else {
            throw new IllegalStateException("a new session is committed once");
          }
        } catch (StoreException e) {
          throw unavailable(e);
        }
        return SessionUpdate.newBuilder().setStateToken(token).build();
      }

      @Override
      public SessionUpdate checkpoint(String eventId) {
        return commit(eventId);
      }

      @Override
      public void release() {}
    };
  }

  @Override
  public CompletableFuture<SessionHandle> open(UserEvent event) {
    if (!event.getSealedState().isEmpty()) {
      throw UiException.badRequest("This server keeps session state on the server, but the event carries"
          + " browser-held state. Reload the page.");
    }
    String token = event.getStateToken();
    if (!SessionTokens.isWellFormed(token)) {
      throw UiException.badRequest(token.isEmpty() ? "The event carries no session token. Reload the page."
          : "The session token is malformed. Reload the page.");
    }
    SessionQueue.Ticket ticket = queue.enter(token);
    CompletableFuture<SessionHandle> result = new CompletableFuture<>();
    long deadline = clock.millis() + maxWait.toMillis();
    if (ticket.turn().isDone()) {
      // No earlier event of this session on this node: try the store at once, on this thread
      // (already an executor thread), rather than hopping to another.
      tryOnce(token, ticket, deadline, FIRST_BACKOFF_MS, result);
    } else {
      ticket.turn().whenComplete((ok, err) -> attempt(token, ticket, deadline, FIRST_BACKOFF_MS, result));
    }
    return result;
  }

  private void attempt(String token, SessionQueue.Ticket ticket, long deadline, long backoff,
      CompletableFuture<SessionHandle> result) {
    try {
      executor.execute(() -> tryOnce(token, ticket, deadline, backoff, result));
    } catch (RuntimeException e) { // executor shut down
      ticket.leave();
      result.completeExceptionally(new UiException(503, "The server is shutting down. Try again.", true, e));
    }
  }

  private void tryOnce(String token, SessionQueue.Ticket ticket, long deadline, long backoff,
      CompletableFuture<SessionHandle> result) {
    AcquireResult r;
    try {
      r = store.tryAcquire(token, leaseTime);
    } catch (StoreException e) {
      ticket.leave();
      result.completeExceptionally(unavailable(e));
      return;
    } catch (RuntimeException e) {
      ticket.leave();
      result.completeExceptionally(e);
      return;
    }
    switch (r.status()) {
      case GRANTED:
        SessionRecord record;
        try {
          record = SessionRecords.parse(r.lease().record(), store.name());
        } catch (StoreException e) { // corrupt record: give the lease back and say so
          safeRelease(r.lease());
          ticket.leave();
          result.completeExceptionally(unavailable(e));
          return;
        }
        result.complete(new Handle(r.lease(), ticket, record));
        return;
      case MISSING:
        ticket.leave();
        result.completeExceptionally(new UiException(410, "Your session expired or is unknown to this server."
            + " Reload the page to start again.", false, null));
        return;
      default:
        if (clock.millis() >= deadline) {
          ticket.leave();
          result.completeExceptionally(new UiException(503, "The session stayed busy with another request for "
              + maxWait.toSeconds() + " s. Try again.", true, null));
          return;
        }
        long next = Math.min(MAX_BACKOFF_MS, backoff * 2);
        long jittered = backoff / 2 + random.nextInt((int) Math.max(1, backoff));
        scheduler.schedule(() -> attempt(token, ticket, deadline, next, result), jittered, TimeUnit.MILLISECONDS);
    }
  }

  private void safeRelease(Lease lease) {
    try {
      store.release(lease);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Lease release failed; it will run out by itself", e);
    }
  }

  private static UiException unavailable(StoreException e) {
    return new UiException(e.retryable() ? 503 : 500, e.retryable()
        ? "The session store is busy or unavailable right now. Try again in a moment."
        : "The session store failed: " + e.getMessage(), e.retryable(), e);
  }

  private final class Handle extends RecordHandle {
    private final Lease lease;
    private final SessionQueue.Ticket ticket;
    private final ScheduledFuture<?> renewal;
    private volatile boolean done;
    /** Set before this event's own commit or release, which end the lease (a renewal then finds it gone). */
    private volatile boolean ending;

    Handle(Lease lease, SessionQueue.Ticket ticket, SessionRecord record) {
      super(codec, record, REMEMBERED_EVENTS);
      this.lease = lease;
      this.ticket = ticket;
      long every = Math.max(1, leaseTime.toMillis() / 3);
      this.renewal = scheduler.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
    }

    private void renew() {
      if (done) {
        return;
      }
      try {
        if (!store.renew(lease, leaseTime)) {
          if (ending) {
            // Our own commit or release ended the lease: nothing was lost. (Had another node taken
            // it, the commit fails with the 409 below and the client is told.)
            return;
          }
          LOG.warning("Lost the lease of session " + SessionTokens.redact(lease.token())
              + " while its handler ran; its result will not be saved.");
          renewal.cancel(false);
        }
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "Lease renewal failed; will try again", e);
      }
    }

    @Override
    public SessionUpdate commit(String eventId) {
      ending = true;
      try {
        return save(eventId, true);
      } finally {
        finish();
      }
    }

    @Override
    public SessionUpdate checkpoint(String eventId) {
      return save(eventId, false);
    }

    private SessionUpdate save(String eventId, boolean release) {
      try {
        byte[] bytes = next(eventId).toByteArray();
        StateLimits.check(bytes.length, maxStateBytes);
        if (release) {
          store.commit(lease, bytes, clock.instant().plus(ttl));
        } else {
          store.checkpoint(lease, bytes, clock.instant().plus(ttl));
        }
        return SessionUpdate.newBuilder().setStateToken(lease.token()).build();
      } catch (FencedOffException e) {
        throw new UiException(409, "Another request changed this session while this one ran too long; this"
            + " event's changes were dropped. Try again.", true, e);
      } catch (StoreException e) {
        if (release) {
          safeRelease(lease); // best effort, so the session is not blocked for the lease time once the store is back
        }
        throw unavailable(e);
      }
    }

    @Override
    public void release() {
      if (done) {
        return;
      }
      ending = true;
      try {
        store.release(lease);
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "Lease release failed; it will run out by itself", e);
      } finally {
        finish();
      }
    }

    private void finish() {
      done = true;
      renewal.cancel(false);
      ticket.leave();
    }
  }

  @Override
  public void checkReady() {
    store.checkReady();
  }

  @Override
  public void close() {
    store.close();
  }
}
