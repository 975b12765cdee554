package io.mesopj.internal.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MemoryStateStoreTest {
  private final ManualClock clock = new ManualClock();
  private final Duration lease = Duration.ofSeconds(30);

  private Instant in(Duration d) {
    return clock.instant().plus(d);
  }

  @Test
  void leaseIsExclusiveAndFencedAfterItRunsOut() {
    MemoryStateStore store = new MemoryStateStore(clock, 100, 1 << 20);
    store.create("t", new byte[] {1}, in(Duration.ofMinutes(10)));
    Lease first = store.tryAcquire("t", lease).lease();
    assertEquals(AcquireResult.Status.BUSY, store.tryAcquire("t", lease).status());
    clock.advance(Duration.ofSeconds(31)); // first stalls past its lease
    Lease second = store.tryAcquire("t", lease).lease();
    assertTrue(second.fence() > first.fence());
    assertFalse(store.renew(first, lease));
    assertThrows(FencedOffException.class, () -> store.commit(first, new byte[] {9}, in(Duration.ofMinutes(10))));
    store.commit(second, new byte[] {2}, in(Duration.ofMinutes(10)));
    assertArrayEquals(new byte[] {2}, store.tryAcquire("t", lease).lease().record());
  }

  @Test
  void expiredSessionsAreMissingAndSwept() {
    MemoryStateStore store = new MemoryStateStore(clock, 100, 1 << 20);
    store.create("old", new byte[] {1}, in(Duration.ofMinutes(10)));
    clock.advance(Duration.ofMinutes(5));
    store.create("new", new byte[] {1}, in(Duration.ofMinutes(10)));
    clock.advance(Duration.ofMinutes(6));
    assertEquals(1, store.sweepExpired(clock.instant()));
    assertEquals(1, store.size());
    assertEquals(AcquireResult.Status.MISSING, store.tryAcquire("old", lease).status());
    assertEquals(AcquireResult.Status.GRANTED, store.tryAcquire("new", lease).status());
  }

  @Test
  void useWithoutChangeStillExtendsTheSession() {
    MemoryStateStore store = new MemoryStateStore(clock, 100, 1 << 20);
    store.create("t", new byte[] {1}, in(Duration.ofMinutes(10)));
    clock.advance(Duration.ofMinutes(8));
    store.release(store.tryAcquire("t", lease).lease());
    clock.advance(Duration.ofMinutes(8));
    assertEquals(0, store.sweepExpired(clock.instant()));
    assertEquals(AcquireResult.Status.GRANTED, store.tryAcquire("t", lease).status());
  }

  @Test
  void anExpiredSessionFoundOnUseIsDroppedAtOnce() {
    MemoryStateStore store = new MemoryStateStore(clock, 100, 1 << 20);
    store.create("t", new byte[] {1}, in(Duration.ofMinutes(10)));
    clock.advance(Duration.ofMinutes(11));
    assertEquals(AcquireResult.Status.MISSING, store.tryAcquire("t", lease).status());
    assertEquals(0, store.size());
  }

  @Test
  void boundedByCountAndBytesDroppingLeastRecentlyUsed() {
    MemoryStateStore store = new MemoryStateStore(clock, 3, 1 << 20);
    for (String t : new String[] {"a", "b", "c"}) {
      store.create(t, new byte[10], in(Duration.ofMinutes(10)));
    }
    store.release(store.tryAcquire("a", lease).lease()); // touch a: b is now the eldest
    store.create("d", new byte[10], in(Duration.ofMinutes(10)));
    assertEquals(AcquireResult.Status.MISSING, store.tryAcquire("b", lease).status());
    assertEquals(3, store.size());

    MemoryStateStore small = new MemoryStateStore(clock, 100, 25);
    small.create("x", new byte[10], in(Duration.ofMinutes(10)));
    small.create("y", new byte[10], in(Duration.ofMinutes(10)));
    small.create("z", new byte[10], in(Duration.ofMinutes(10)));
    assertEquals(2, small.size());
    assertEquals(20, small.bytes());
  }

  @Test
  void aLeasedSessionIsNeverEvicted() {
    MemoryStateStore store = new MemoryStateStore(clock, 1, 1 << 20);
    store.create("a", new byte[1], in(Duration.ofMinutes(10)));
    Lease held = store.tryAcquire("a", lease).lease();
    store.create("b", new byte[1], in(Duration.ofMinutes(10)));
    store.commit(held, new byte[] {7}, in(Duration.ofMinutes(10)));
  }
}
