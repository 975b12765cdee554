package io.mesopj.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Clients clicking concurrently, each on its page (several clients may share one page, i.e.
 * one session), each click sent until it is acknowledged. Started in the background so a test
 * can crash a node or stop the store while it runs. The first failure stops every client.
 */
public final class ClickLoad implements AutoCloseable {
  private final List<ClusterPage> pages;
  private final int clicksEach;
  private final String key;
  private final AtomicLongArray acknowledged;
  private final LongAdder total = new LongAdder();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final ExecutorService threads;
  private final long startNanos = System.nanoTime();
  private volatile long endNanos;

  private ClickLoad(List<ClusterPage> pages, int clicksEach, String key) {
    this.pages = List.copyOf(pages);
    this.clicksEach = clicksEach;
    this.key = key;
    this.acknowledged = new AtomicLongArray(pages.size());
    this.threads = Executors.newFixedThreadPool(pages.size(), r -> {
      Thread t = new Thread(r, "click-client");
      t.setDaemon(true);
      return t;
    });
  }

  /** Client {@code i} clicks {@code key} on {@code pagePerClient.get(i)}, {@code clicksEach} times. */
  public static ClickLoad start(List<ClusterPage> pagePerClient, int clicksEach, String key) {
    ClickLoad load = new ClickLoad(pagePerClient, clicksEach, key);
    for (int i = 0; i < pagePerClient.size(); i++) {
      int client = i;
      load.threads.execute(() -> load.runClient(client));
    }
    load.threads.shutdown();
    return load;
  }

  private void runClient(int client) {
    try {
      for (int n = 0; n < clicksEach && failure.get() == null; n++) {
        pages.get(client).clickUntilAcknowledged(key);
        acknowledged.incrementAndGet(client);
        total.increment();
      }
    } catch (Throwable t) {
      failure.compareAndSet(null, t);
    }
  }

  /** Clicks acknowledged so far, by every client. */
  public long acknowledged() {
    return total.sum();
  }

  /** Clicks acknowledged so far by one client. */
  public long acknowledged(int client) {
    return acknowledged.get(client);
  }

  /** Waits until {@code n} clicks have been acknowledged in all. */
  public void awaitAcknowledged(long n, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (total.sum() < n) {
      rethrow();
      if (threads.isTerminated() || System.nanoTime() > deadline) {
        throw new AssertionError("only " + total.sum() + " of " + n + " clicks acknowledged");
      }
      Thread.sleep(5);
    }
  }

  /** Waits for every client to finish; rethrows the first failure. */
  public ClickLoad finish(Duration timeout) throws InterruptedException {
    if (!threads.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      failure.compareAndSet(null, new AssertionError("clients still clicking after " + timeout.toSeconds()
          + " s; " + total.sum() + " clicks acknowledged"));
      threads.shutdownNow();
    }
    endNanos = System.nanoTime();
    rethrow();
    return this;
  }

  private void rethrow() {
    Throwable t = failure.get();
    if (t != null) {
      throw new AssertionError("a client failed: " + t.getMessage(), t);
    }
  }

  /** Wall time from start to {@link #finish}. */
  public Duration wallTime() {
    return Duration.ofNanos((endNanos == 0 ? System.nanoTime() : endNanos) - startNanos);
  }

  /** Acknowledged clicks per second of wall time. */
  public double eventsPerSecond() {
    return acknowledged() / (wallTime().toNanos() / 1e9);
  }

  @Override
  public void close() {
    failure.compareAndSet(null, new AssertionError("stopped"));
    threads.shutdownNow();
  }
}
