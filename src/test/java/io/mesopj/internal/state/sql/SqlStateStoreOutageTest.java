package io.mesopj.internal.state.sql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mesopj.internal.config.MesopConfig;
import io.mesopj.internal.config.Settings;
import io.mesopj.internal.state.AcquireResult;
import io.mesopj.internal.state.FencedOffException;
import io.mesopj.internal.state.Lease;
import io.mesopj.internal.state.ManualClock;
import io.mesopj.internal.state.StoreException;
import io.mesopj.testsupport.EmbeddedPostgresDb;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The database goes away and comes back (PostgreSQL stopped, then started again on the same data
 * and port). Meanwhile calls fail within a few seconds with retryable errors; afterwards the same
 * store works again by itself, and no session is left half-written.
 */
class SqlStateStoreOutageTest {
  private static final Duration LEASE = Duration.ofSeconds(30);
  private static final long FAIL_FAST_NANOS = Duration.ofSeconds(6).toNanos();

  private static EmbeddedPostgresDb pg;
  private static int tables;
  private SqlStateStore store;
  private final ManualClock clock = new ManualClock();

  @BeforeAll
  static void startPostgres() {
    pg = EmbeddedPostgresDb.start();
    pg.createDatabase("app");
  }

  @AfterAll
  static void stopPostgres() {
    pg.close();
  }

  @BeforeEach
  void openStore() {
    store = SqlStores.fromConfig(MesopConfig.of(Map.of(
        Settings.SQL_CONNECTION_URI.name(), pg.jdbcUrl("app"),
        Settings.SQL_USER.name(), "postgres",
        Settings.SQL_TABLE.name(), "sessions_" + ++tables,
        Settings.SQL_CREATE_TABLE.name(), "true")), clock, name -> null);
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void callsFailFastAndRetryablyWhileTheDatabaseIsDownAndWorkAgainAfter() {
    String token = "outageTokenAAAAAAAAAAA";
    store.create(token, new byte[] {1}, clock.instant().plus(Duration.ofMinutes(10)));
    Lease held = store.tryAcquire(token, LEASE).lease();

    pg.stop();
    assertFailsFastAndRetryably(() -> store.tryAcquire("otherTokenAAAAAAAAAAAA", LEASE));
    StoreException commitFailure = assertFailsFastAndRetryably(
        () -> store.commit(held, new byte[] {2}, clock.instant().plus(Duration.ofMinutes(10))));
    assertFalse(commitFailure instanceof FencedOffException, "an outage is not a lost lease");
    assertFailsFastAndRetryably(() -> store.checkReady());
    assertTrue(commitFailure.getMessage().contains("cannot reach its database"), commitFailure.getMessage());

    pg.startAgain();
    awaitReady();
    store.commit(held, new byte[] {3}, clock.instant().plus(Duration.ofMinutes(10))); // the lease outlived the outage
    assertArrayEquals(new byte[] {3}, store.tryAcquire(token, LEASE).lease().record());
  }

  @Test
  void aCommitCutOffByTheOutageLeavesTheOldStateOrTheNewOneWhole() throws Exception {
    String token = "halfWrittenAAAAAAAAAAA";
    int size = 4 << 20;
    store.create(token, version(0, size), clock.instant().plus(Duration.ofMinutes(10)));
    AtomicInteger committed = new AtomicInteger(0);
    AtomicInteger inFlight = new AtomicInteger(-1);
    Thread writer = new Thread(() -> {
      for (int v = 1; ; v++) {
        inFlight.set(v);
        try {
          AcquireResult r = store.tryAcquire(token, LEASE);
          store.commit(r.lease(), version(v, size), clock.instant().plus(Duration.ofMinutes(10)));
        } catch (StoreException e) {
          return; // the database went away under this commit
        }
        committed.set(v);
      }
    });
    writer.start();
    while (committed.get() < 2) {
      Thread.sleep(5);
    }
    pg.stop();
    writer.join(30_000);
    assertFalse(writer.isAlive());

    pg.startAgain();
    awaitReady();
    clock.advance(LEASE.plusSeconds(1)); // the cut-off request may have held the lease
    byte[] record = store.tryAcquire(token, LEASE).lease().record();
    int v = ByteBuffer.wrap(record).getInt();
    assertTrue(v == committed.get() || v == inFlight.get(),
        "found version " + v + "; last acknowledged " + committed.get() + ", in flight " + inFlight.get());
    assertArrayEquals(version(v, size), record, "the stored state is one whole version");
  }

  /** A record of {@code size} bytes: the version number, then the version's byte repeated. */
  private static byte[] version(int v, int size) {
    byte[] b = new byte[size];
    Arrays.fill(b, (byte) v);
    ByteBuffer.wrap(b).putInt(v);
    return b;
  }

  private static StoreException assertFailsFastAndRetryably(Executable call) {
    long start = System.nanoTime();
    StoreException e = assertThrows(StoreException.class, call);
    long took = System.nanoTime() - start;
    assertTrue(e.retryable(), "retryable: " + e.getMessage());
    assertTrue(took < FAIL_FAST_NANOS, "failed after " + took / 1_000_000 + " ms");
    return e;
  }

  /** The pool reconnects by itself: readiness comes back without touching the store. */
  private void awaitReady() {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    Supplier<Boolean> ready = () -> {
      try {
        store.checkReady();
        return true;
      } catch (StoreException e) {
        assertTrue(e.retryable(), e.getMessage());
        return false;
      }
    };
    while (!ready.get()) {
      assertTrue(System.nanoTime() < deadline, "the store did not recover within 20 s");
    }
    assertEquals(AcquireResult.Status.MISSING, store.tryAcquire("neverCreatedAAAAAAAAAA", LEASE).status());
  }
}
