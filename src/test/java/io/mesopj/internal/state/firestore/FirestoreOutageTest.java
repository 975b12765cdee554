package io.mesopj.internal.state.firestore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mesopj.internal.state.AcquireResult;
import io.mesopj.internal.state.Lease;
import io.mesopj.internal.state.SessionTokens;
import io.mesopj.internal.state.StoreException;
import io.mesopj.testsupport.FirestoreEmulator;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Firestore going away and coming back: operations fail fast with retryable errors while it is
 * down, and the same store (same client) works again once it is back, without a restart. Uses
 * its own emulator, since it stops it.
 */
class FirestoreOutageTest {
  private static final Duration LEASE = Duration.ofSeconds(30);
  /** Far below the minute-long hangs of default client settings; generous for a loaded machine. */
  private static final Duration FAST = Duration.ofSeconds(15);

  private static FirestoreEmulator emulator;
  private final SecureRandom random = new SecureRandom();

  @BeforeAll
  static void start() {
    emulator = FirestoreEmulator.start("demo-outage");
  }

  @AfterAll
  static void stop() {
    if (emulator != null) {
      emulator.close();
    }
  }

  @Test
  void failsFastWhileDownAndRecoversByItself() {
    Clock clock = Clock.systemUTC();
    try (FirestoreStateStore store = FirestoreStateStore.open(
        FirestoreConnections.emulator(emulator.hostPort(), emulator.projectId()), "mesop_state_sessions", clock)) {
      awaitReady(store); // connected, and the emulator's first slow requests are behind it
      String token = SessionTokens.newToken(random);
      store.create(token, new byte[] {1}, clock.instant().plus(Duration.ofMinutes(10)));
      Lease held = store.tryAcquire(token, LEASE).lease();

      emulator.stop();
      Instant later = clock.instant().plus(Duration.ofMinutes(10));
      List<Executable> calls = new ArrayList<>();
      calls.add(store::checkReady);
      calls.add(() -> store.tryAcquire(token, LEASE));
      calls.add(() -> store.commit(held, new byte[] {2}, later));
      calls.add(() -> store.renew(held, LEASE));
      calls.add(() -> store.release(held));
      calls.add(() -> store.create(SessionTokens.newToken(random), new byte[] {3}, later));
      calls.add(() -> store.delete(token));
      calls.add(() -> store.sweepExpired(later));
      for (Executable call : calls) {
        StoreException e = assertTimeout(FAST, () -> assertThrows(StoreException.class, call));
        assertTrue(e.retryable(), () -> "an outage is retryable: " + e.getMessage());
      }

      emulator.start(); // same port; the emulator comes back empty
      awaitReady(store);
      String fresh = SessionTokens.newToken(random);
      store.create(fresh, new byte[] {4}, clock.instant().plus(Duration.ofMinutes(10)));
      Lease lease = store.tryAcquire(fresh, LEASE).lease();
      assertArrayEquals(new byte[] {4}, lease.record());
      store.commit(lease, new byte[] {5}, clock.instant().plus(Duration.ofMinutes(10)));
      assertEquals(AcquireResult.Status.MISSING, store.tryAcquire(token, LEASE).status(),
          "the emulator lost its data on restart; the store just reports the session missing");
    }
  }

  /** Polls checkReady until it passes: the client reconnects on its own (with gRPC's backoff). */
  private static void awaitReady(FirestoreStateStore store) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      try {
        store.checkReady();
        return;
      } catch (StoreException e) {
        assertTrue(e.retryable(), e::getMessage);
        if (System.nanoTime() > deadline) {
          throw new AssertionError("The store did not recover within 60 s after Firestore came back", e);
        }
      }
      sleep(200);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Test
  void aFirestoreThatNeverAnswersTimesOutInSecondsNotMinutes() throws Exception {
    // Accepts connections and never says a word: a network that drops packets looks like this.
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        FirestoreStateStore store = FirestoreStateStore.open(
            FirestoreConnections.emulator("127.0.0.1:" + silent.getLocalPort(), "demo-silent"),
            "mesop_state_sessions", Clock.systemUTC())) {
      List<Socket> held = new CopyOnWriteArrayList<>();
      Thread acceptor = new Thread(() -> {
        try {
          while (true) {
            held.add(silent.accept());
          }
        } catch (IOException closed) {
          // test over
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      String token = SessionTokens.newToken(random);
      try {
        for (Executable call : List.<Executable>of(store::checkReady, () -> store.tryAcquire(token, LEASE))) {
          StoreException e = assertTimeout(FAST, () -> assertThrows(StoreException.class, call));
          assertTrue(e.retryable(), () -> "a timeout is retryable: " + e.getMessage());
        }
      } finally {
        for (Socket s : held) {
          s.close();
        }
      }
    }
  }
}
