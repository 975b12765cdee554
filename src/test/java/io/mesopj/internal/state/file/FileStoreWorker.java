package io.mesopj.internal.state.file;

import io.mesopj.internal.state.AcquireResult;
import io.mesopj.internal.state.Lease;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs in another JVM (or another class loader) against a shared store directory.
 *
 * <ul>
 *   <li>{@code count DIR TOKEN INCREMENTS THREADS GOFILE}: each thread opens its own store and adds
 *       1 to the session's counter INCREMENTS times; all start when GOFILE appears.</li>
 *   <li>{@code churn DIR TOKEN BYTES}: commits BYTES-sized records forever (until killed).</li>
 * </ul>
 * Prints "ready" once set up; exits 0 when done, 1 on any failure.
 */
public final class FileStoreWorker {
  static final Duration LEASE = Duration.ofSeconds(30);
  static final Duration TTL = Duration.ofHours(1);

  private FileStoreWorker() {}

  public static void main(String[] args) throws Exception {
    try {
      if (args[0].equals("count")) {
        System.out.println("ready");
        System.out.flush();
        Path go = Paths.get(args[5]);
        while (!Files.exists(go)) {
          Thread.sleep(5);
        }
        count(Paths.get(args[1]), args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
      } else {
        churn(Paths.get(args[1]), args[2], Integer.parseInt(args[3]));
      }
      System.exit(0);
    } catch (Throwable t) {
      t.printStackTrace();
      System.exit(1);
    }
  }

  /** THREADS threads, each with its own store instance, each adding 1 INCREMENTS times. */
  public static void count(Path dir, String token, int increments, int threads) throws Exception {
    List<Thread> all = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Thread t = new Thread(() -> {
        try {
          FileStateStore store = new FileStateStore(dir, Clock.systemUTC());
          for (int n = 0; n < increments; n++) {
            Lease lease = acquire(store, token);
            long value = ByteBuffer.wrap(lease.record()).getLong();
            store.commit(lease, ByteBuffer.allocate(8).putLong(value + 1).array(), Clock.systemUTC().instant().plus(TTL));
          }
        } catch (Throwable e) {
          synchronized (failures) {
            failures.add(e);
          }
        }
      });
      t.start();
      all.add(t);
    }
    for (Thread t : all) {
      t.join();
    }
    if (!failures.isEmpty()) {
      throw new IllegalStateException("a counter thread failed", failures.get(0));
    }
  }

  private static void churn(Path dir, String token, int bytes) {
    FileStateStore store = new FileStateStore(dir, Clock.systemUTC());
    System.out.println("ready");
    System.out.flush();
    for (long n = 1; ; n++) {
      Lease lease = acquire(store, token);
      byte[] record = new byte[bytes];
      Arrays.fill(record, (byte) n);
      ByteBuffer.wrap(record).putLong(n);
      store.commit(lease, record, Clock.systemUTC().instant().plus(TTL));
    }
  }

  static Lease acquire(FileStateStore store, String token) {
    while (true) {
      AcquireResult r = store.tryAcquire(token, LEASE);
      if (r.status() == AcquireResult.Status.GRANTED) {
        return r.lease();
      }
      if (r.status() == AcquireResult.Status.MISSING) {
        throw new IllegalStateException("the session vanished");
      }
      LockSupport.parkNanos(50_000 + (long) (Math.random() * 200_000));
    }
  }
}
