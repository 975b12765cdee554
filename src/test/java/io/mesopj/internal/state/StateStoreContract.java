package io.mesopj.internal.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link StateStore} must do. A backend's test extends this and says how to open
 * a store on a clean backend, and how to open a second store (another "node") on the same one.
 */
public abstract class StateStoreContract {
  protected static final Duration LEASE = Duration.ofSeconds(30);
  protected static final Duration TTL = Duration.ofMinutes(10);

  private final List<StateStore> opened = new ArrayList<>();
  private final SecureRandom random = new SecureRandom();

  /** A store over an empty backend, deciding time by {@code clock}. */
  protected abstract StateStore openStore(Clock clock);

  /** Another store (a second node) over the same backend as {@code first}. */
  protected abstract StateStore openSecondNode(StateStore first, Clock clock);

  /** Largest record the backend must hold (the default MESOPJ_MAX_STATE_BYTES). */
  protected int largeRecordBytes() {
    return 4 << 20;
  }

  protected final StateStore store(Clock clock) {
    StateStore s = openStore(clock);
    opened.add(s);
    return s;
  }

  protected final StateStore second(StateStore first, Clock clock) {
    StateStore s = openSecondNode(first, clock);
    if (s != first) {
      opened.add(s);
    }
    return s;
  }

  @AfterEach
  void closeStores() {
    for (StateStore s : opened) {
      s.close();
    }
  }

  protected final String token() {
    return SessionTokens.newToken(random);
  }

  private static Instant in(Clock clock, Duration d) {
    return clock.instant().plus(d);
  }

  @Test
  void savedBytesComeBack() {
    ManualClock clock = new ManualClock();
    StateStore store = store(clock);
    String t = token();
    store.create(t, new byte[] {1, 2, 3}, in(clock, TTL));
    Lease lease = store.tryAcquire(t, LEASE).lease();
    assertArrayEquals(new byte[] {1, 2, 3}, lease.record());
    store.commit(lease, new byte[] {4, 5}, in(clock, TTL));
    StateStore other = second(store, clock);
    Lease again = other.tryAcquire(t, LEASE).lease();
    assertArrayEquals(new byte[] {4, 5}, again.record(), "another node sees the commit");
    other.release(again);
    assertArrayEquals(new byte[] {4, 5}, store.tryAcquire(t, LEASE).lease().record(), "release keeps the bytes");
  }

  @Test
  void unknownTokenIsMissing() {
    StateStore store = store(new ManualClock());
    assertEquals(AcquireResult.Status.MISSING, store.tryAcquire(token(), LEASE).status());
  }

  @Test
  void aLeaseIsExclusiveAcrossNodes() {
    ManualClock clock = new ManualClock();
    StateStore a = store(clock);
    StateStore b = second(a, clock);
    String t = token();
    a.create(t, new byte[] {0}, in(clock, TTL));
    Lease held = a.tryAcquire(t, LEASE).lease();
    assertEquals(AcquireResult.Status.BUSY, a.tryAcquire(t, LEASE).status());
    assertEquals(AcquireResult.Status.BUSY, b.tryAcquire(t, LEASE).status());
    a.commit(held, new byte[] {1}, in(clock, TTL));
    assertEquals(AcquireResult.Status.GRANTED, b.tryAcquire(t, LEASE).status());
  }

  @Test
  void renewalKeepsTheLease() {
    ManualClock clock = new ManualClock();
    StateStore store = store(clock);
    String t = token();
    store.create(t, new byte[] {0}, in(clock, TTL));
    Lease held = store.tryAcquire(t, LEASE).lease();
    clock.advance(Duration.ofSeconds(20));
    assertTrue(store.renew(held, LEASE));
    clock.advance(Duration.ofSeconds(20));
    assertEquals(AcquireResult.Status.BUSY, second(store, clock).tryAcquire(t, LEASE).status());
    store.commit(held, new byte[] {1}, in(clock, TTL));
  }

  @Test
  void aStalledHolderIsFencedOff() {
    ManualClock clock = new ManualClock();
    StateStore a = store(clock);
    StateStore b = second(a, clock);
    String t = token();
    a.create(t, new byte[] {0}, in(clock, TTL));
    Lease stalled = a.tryAcquire(t, LEASE).lease();
    clock.advance(LEASE.plusSeconds(1));
    Lease fresh = b.tryAcquire(t, LEASE).lease();
    assertTrue(fresh.fence() != stalled.fence());
    assertFalse(a.renew(stalled, LEASE), "the stalled lease cannot be renewed");
    b.commit(fresh, new byte[] {2}, in(clock, TTL));
    assertThrows(FencedOffException.class, () -> a.commit(stalled, new byte[] {9}, in(clock, TTL)));
    assertArrayEquals(new byte[] {2}, b.tryAcquire(t, LEASE).lease().record(), "the newer state stays");
  }

  @Test
  void aLeaseThatRanOutButWasNotTakenCanStillCommit() {
    ManualClock clock = new ManualClock();
    StateStore store = store(clock);
    String t = token();
    store.create(t, new byte[] {0}, in(clock, TTL));
    Lease slow = store.tryAcquire(t, LEASE).lease();
    clock.advance(LEASE.plusSeconds(5));
    store.commit(slow, new byte[] {3}, in(clock, TTL));
    assertArrayEquals(new byte[] {3}, store.tryAcquire(t, LEASE).lease().record());
  }

  @Test
  void aCheckpointSavesAndKeepsTheLease() {
    ManualClock clock = new ManualClock();
    StateStore a = store(clock);
    StateStore b = second(a, clock);
    String t = token();
    a.create(t, new byte[] {0}, in(clock, TTL));
    Lease held = a.tryAcquire(t, LEASE).lease();
    a.checkpoint(held, new byte[] {1}, in(clock, TTL));
    assertEquals(AcquireResult.Status.BUSY, b.tryAcquire(t, LEASE).status(), "still leased");
    a.checkpoint(held, new byte[] {2}, in(clock, TTL));
    a.commit(held, new byte[] {3}, in(clock, TTL));
    assertArrayEquals(new byte[] {3}, b.tryAcquire(t, LEASE).lease().record());
  }

  @Test
  void aStalledHolderCannotCheckpoint() {
    ManualClock clock = new ManualClock();
    StateStore a = store(clock);
    StateStore b = second(a, clock);
    String t = token();
    a.create(t, new byte[] {0}, in(clock, TTL));
    Lease stalled = a.tryAcquire(t, LEASE).lease();
    a.checkpoint(stalled, new byte[] {1}, in(clock, TTL));
    clock.advance(LEASE.plusSeconds(1));
    Lease fresh = b.tryAcquire(t, LEASE).lease();
    assertArrayEquals(new byte[] {1}, fresh.record(), "the checkpoint was durable");
    assertThrows(FencedOffException.class, () -> a.checkpoint(stalled, new byte[] {9}, in(clock, TTL)));
    b.commit(fresh, new byte[] {2}, in(clock, TTL));
    assertArrayEquals(new byte[] {2}, b.tryAcquire(t, LEASE).lease().record());
  }

  @Test
  void sessionsExpireAfterTheirTtlAndTheSweepRemovesOnlyThose() {
    ManualClock clock = new ManualClock();
    StateStore store = store(clock);
    String old = token();
    String live = token();
    String leased = token();
    store.create(old, new byte[] {1}, in(clock, Duration.ofMinutes(1)));
    store.create(live, new byte[] {2}, in(clock, Duration.ofMinutes(30)));
    store.create(leased, new byte[] {3}, in(clock, Duration.ofMinutes(1)));
    Lease held = store.tryAcquire(leased, Duration.ofMinutes(10)).lease();
    clock.advance(Duration.ofMinutes(2));
    assertEquals(1, store.sweepExpired(clock.instant()), "only the expired, unleased session goes");
    assertEquals(AcquireResult.Status.MISSING, store.tryAcquire(old, LEASE).status());
    assertEquals(AcquireResult.Status.GRANTED, store.tryAcquire(live, LEASE).status());
    store.commit(held, new byte[] {4}, in(clock, TTL));
    assertArrayEquals(new byte[] {4}, store.tryAcquire(leased, LEASE).lease().record(),
        "a session whose handler outlived its TTL is saved, not swept");
  }

  @Test
  void anExpiredSessionIsMissingEvenBeforeTheSweep() {
    ManualClock clock = new ManualClock();
    StateStore store = store(clock);
    String t = token();
    store.create(t, new byte[] {1}, in(clock, Duration.ofMinutes(1)));
    clock.advance(Duration.ofMinutes(2));
    assertEquals(AcquireResult.Status.MISSING, store.tryAcquire(t, LEASE).status());
  }

  @Test
  void deleteRemoves() {
    ManualClock clock = new ManualClock();
    StateStore store = store(clock);
    String t = token();
    store.create(t, new byte[] {1}, in(clock, TTL));
    store.delete(t);
    assertEquals(AcquireResult.Status.MISSING, store.tryAcquire(t, LEASE).status());
    store.delete(t); // deleting a missing session is fine
  }

  @Test
  void largeRecordsRoundTrip() {
    ManualClock clock = new ManualClock();
    StateStore store = store(clock);
    byte[] big = new byte[largeRecordBytes()];
    new Random(7).nextBytes(big);
    String t = token();
    store.create(t, new byte[] {0}, in(clock, TTL));
    store.commit(store.tryAcquire(t, LEASE).lease(), big, in(clock, TTL));
    assertArrayEquals(big, second(store, clock).tryAcquire(t, LEASE).lease().record());
  }

  @Test
  void concurrentWritersOnTwoNodesLoseNoUpdate() throws Exception {
    Clock clock = Clock.systemUTC();
    StateStore a = store(clock);
    StateStore b = second(a, clock);
    String t = token();
    a.create(t, ByteBuffer.allocate(4).putInt(0).array(), in(clock, TTL));
    int writers = 8;
    int increments = 25;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<?>> all = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        StateStore node = w % 2 == 0 ? a : b;
        all.add(pool.submit(() -> {
          for (int i = 0; i < increments; i++) {
            Lease lease;
            while (true) {
              AcquireResult r = node.tryAcquire(t, LEASE);
              if (r.status() == AcquireResult.Status.GRANTED) {
                lease = r.lease();
                break;
              }
              assertEquals(AcquireResult.Status.BUSY, r.status());
              Thread.onSpinWait();
            }
            int n = ByteBuffer.wrap(lease.record()).getInt();
            node.commit(lease, ByteBuffer.allocate(4).putInt(n + 1).array(), in(clock, TTL));
          }
          return null;
        }));
      }
      for (Future<?> f : all) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(writers * increments, ByteBuffer.wrap(a.tryAcquire(t, LEASE).lease().record()).getInt());
  }

  @Test
  void storeIsReady() {
    store(new ManualClock()).checkReady();
  }
}
