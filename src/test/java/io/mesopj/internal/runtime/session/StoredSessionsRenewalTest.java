package io.mesopj.internal.runtime.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mesopj.protocol.SessionUpdate;
import io.mesopj.protocol.UserEvent;
import io.mesopj.internal.runtime.StateCodec;
import io.mesopj.internal.core.UiException;
import io.mesopj.internal.state.AcquireResult;
import io.mesopj.internal.state.Lease;
import io.mesopj.internal.state.ManualClock;
import io.mesopj.internal.state.MemoryStateStore;
import io.mesopj.internal.state.StateStore;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lease renewal that runs beside a handler. A renewal whose statement reaches the store just
 * after the event's own commit (which ends the lease) finds the lease gone; that is not a lost
 * lease and must not be logged as one. A lease really taken by another node still is.
 */
class StoredSessionsRenewalTest {
  private static final Duration LEASE = Duration.ofSeconds(30);

  private final ManualClock clock = new ManualClock();
  private final MemoryStateStore memory = new MemoryStateStore(clock, 1000, 1 << 24);
  private final HookedStore store = new HookedStore(memory);
  private final CapturingScheduler scheduler = new CapturingScheduler();
  private final ExecutorService executor = Executors.newSingleThreadExecutor();
  private final Logger log = Logger.getLogger(StoredSessions.class.getName());
  private final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
  private final Handler collector = new Handler() {
    @Override
    public void publish(LogRecord r) {
      if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
        warnings.add(r);
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private StoredSessions sessions;

  @BeforeEach
  void setUp() {
    log.addHandler(collector);
    sessions = new StoredSessions(store, new StateCodec(), new SecureRandom(), clock, Duration.ofMinutes(10), LEASE,
        Duration.ofSeconds(30), 1 << 20, executor, scheduler);
  }

  @AfterEach
  void tearDown() {
    log.removeHandler(collector);
    executor.shutdownNow();
    scheduler.shutdownNow();
  }

  @Test
  void aRenewalThatLandsJustAfterTheEventsOwnCommitReportsNoLostLease() throws Exception {
    String token = sessions.create().commit("").getStateToken();
    SessionHandle handle = open(token, "e1");
    Runnable renewal = scheduler.renewal;
    assertNotNull(renewal, "a renewal was scheduled for the held lease");
    // The renewal started before the commit and its statement reaches the store right after
    // the commit's: the lease is gone, ended by this very event.
    store.afterCommit = renewal;

    SessionUpdate saved = handle.commit("e1");

    assertEquals(token, saved.getStateToken());
    assertEquals(List.of(), messages(), "the event's result was saved; nothing was lost");
    AcquireResult next = memory.tryAcquire(token, LEASE);
    assertEquals(AcquireResult.Status.GRANTED, next.status(), "the commit released the lease");
  }

  @Test
  void aRenewalThatLandsJustAfterTheEventsOwnReleaseReportsNoLostLease() throws Exception {
    String token = sessions.create().commit("").getStateToken();
    SessionHandle handle = open(token, "e1");
    store.afterRelease = scheduler.renewal;

    handle.release();

    assertEquals(List.of(), messages());
  }

  @Test
  void aLeaseTakenByAnotherNodeWhileTheHandlerRunsIsStillReported() throws Exception {
    String token = sessions.create().commit("").getStateToken();
    SessionHandle handle = open(token, "e1");
    clock.advance(LEASE.plusSeconds(1)); // this node stalled past its lease...
    assertEquals(AcquireResult.Status.GRANTED, memory.tryAcquire(token, LEASE).status()); // ...and another took it

    scheduler.renewal.run();

    assertEquals(1, messages().size(), messages().toString());
    assertEquals(true, messages().get(0).startsWith("Lost the lease of session"), messages().get(0));
    UiException e = assertThrows(UiException.class, () -> handle.commit("e1"));
    assertEquals(409, e.status(), "the stalled event's result is dropped, and the client is told");
  }

  private SessionHandle open(String token, String eventId) throws Exception {
    return sessions.open(UserEvent.newBuilder().setStateToken(token).setHandlerId("h").setEventId(eventId).build())
        .get(10, TimeUnit.SECONDS);
  }

  private List<String> messages() {
    return warnings.stream().map(LogRecord::getMessage).toList();
  }

  /** Remembers the last fixed-delay task (the lease renewal) so the test can run it at a chosen moment. */
  private static final class CapturingScheduler extends ScheduledThreadPoolExecutor {
    volatile Runnable renewal;

    CapturingScheduler() {
      super(1);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
      renewal = command;
      return super.scheduleWithFixedDelay(command, initialDelay, delay, unit); // LEASE / 3: never due in a test
    }
  }

  /** The memory store, running a hook right after a commit or release (where a renewal may land). */
  private static final class HookedStore implements StateStore {
    private final StateStore delegate;
    volatile Runnable afterCommit = () -> {};
    volatile Runnable afterRelease = () -> {};

    HookedStore(StateStore delegate) {
      this.delegate = delegate;
    }

    @Override
    public String name() {
      return delegate.name();
    }

    @Override
    public void create(String token, byte[] record, Instant expiresAt) {
      delegate.create(token, record, expiresAt);
    }

    @Override
    public AcquireResult tryAcquire(String token, Duration leaseTime) {
      return delegate.tryAcquire(token, leaseTime);
    }

    @Override
    public boolean renew(Lease lease, Duration leaseTime) {
      return delegate.renew(lease, leaseTime);
    }

    @Override
    public void commit(Lease lease, byte[] record, Instant expiresAt) {
      delegate.commit(lease, record, expiresAt);
      afterCommit.run();
    }

    @Override
    public void checkpoint(Lease lease, byte[] record, Instant expiresAt) {
      delegate.checkpoint(lease, record, expiresAt);
    }

    @Override
    public void release(Lease lease) {
      delegate.release(lease);
      afterRelease.run();
    }

    @Override
    public void delete(String token) {
      delegate.delete(token);
    }

    @Override
    public int sweepExpired(Instant now) {
      return delegate.sweepExpired(now);
    }

    @Override
    public void checkReady() {
      delegate.checkReady();
    }
  }
}
