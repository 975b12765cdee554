package io.mesopj.bench;

import io.mesopj.demo.CounterPage;
import io.mesopj.protocol.components.TextProps;
import io.mesopj.testsupport.UiSocketClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code --capacity=N}: the design's two capacity targets on one node with the default 512 MB
 * heap and the memory store. N idle WebSocket connections stay open (each loaded the counter
 * and clicked once), and all still answer; and what an idle session costs once its connection
 * is gone. Heap figures are the server JVM's heap in use after a full GC, against the same
 * reading taken before the connections opened (the baseline of this measurement).
 */
final class Capacity {
  private static final String PAGE = "/counter";
  /** Connections opened at once: enough to keep the server busy, few enough not to time out. */
  private static final int OPENERS = 32;

  private Capacity() {}

  static void run(Options o, Path webapp, String sealingKey, int n, PrintStream out) throws Exception {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put(Benchmarks.BACKEND, "memory");
    settings.put("MESOP_WEB_SOCKETS_ENABLED", "true");
    settings.put(Benchmarks.SEALING_KEY, sealingKey);
    HttpClient http = HttpClient.newHttpClient();
    ExecutorService openers = Executors.newFixedThreadPool(OPENERS);
    try (ServerNodes node = ServerNodes.start(o, webapp, settings, 1, o.workDir(), "capacity")) {
      URI base = node.bases().get(0);
      out.printf("[capacity] one %s node (%s, %s), memory store, WebSockets on; %d connections%n", o.container(),
          node.javaVersion(), String.join(" ", o.serverJvmOpts()), n);
      // warm-up: the code paths below, so that the "before" heap holds the classes and JIT data
      closeAll(open(http, base, Math.min(n, 500), openers, out, "warm-up"));
      Heap before = heap(base);
      long t = System.nanoTime();
      List<UiSocketClient> sockets = open(http, base, n, openers, out, "open");
      double openSeconds = (System.nanoTime() - t) / 1e9;
      Heap open = heap(base);
      int answered = clickEach(sockets, Math.max(1, n / 1000), openers);
      int sampled = (sockets.size() + Math.max(1, n / 1000) - 1) / Math.max(1, n / 1000);
      closeAll(sockets);
      Thread.sleep(2000); // the server notices the closes
      Heap closed = heap(base);

      long stateBytes = new com.google.gson.Gson().toJson(new CounterPage.Counter()).length()
          + CounterPage.Counter.class.getName().length();
      double perConnection = (double) (open.used() - closed.used()) / sockets.size();
      double perSession = (double) (closed.used() - before.used()) / sockets.size();
      out.printf(Locale.ROOT, "%n=== Capacity (one node, %s) ===%n", String.join(" ", o.serverJvmOpts()));
      out.printf(Locale.ROOT, "heap after a full GC: before %s, with %d connections open %s (%d threads),"
          + " after closing them %s (%d threads)%n", mb(before.used()), sockets.size(), mb(open.used()),
          open.threads(), mb(closed.used()), closed.threads());
      out.printf("threads by pool: with the connections open %s; after closing them %s%n", open.pools(),
          closed.pools());
      out.printf(Locale.ROOT, "opened %d connections (load + one click each) in %.1f s; afterwards %d of %d sampled"
          + " connections answered a click%n", sockets.size(), openSeconds, answered, sampled);
      out.printf(Locale.ROOT, "%-52s %12s  %-28s %s%n", "figure", "value", "target", "verdict");
      row(out, "idle WebSocket connections open and answering", sockets.size(), "%.0f", "10,000 within 512 MB heap", sockets.size() >= 10_000 && answered == sampled
          && open.used() < 512L << 20);
      row(out, "heap per idle connection (socket + its page view)", perConnection, "%.0f B", "info", null);
      row(out, "heap per idle session, memory store", perSession, "%.0f B",
          "≤ 4 KB + state (~" + stateBytes + " B)", perSession <= 4096 + stateBytes);
    } finally {
      openers.shutdownNow();
    }
  }

  private static void row(PrintStream out, String figure, double value, String format, String target,
      Boolean met) {
    out.printf(Locale.ROOT, "%-52s %12s  %-28s %s%n", figure, String.format(Locale.ROOT, format, value), target,
        met == null ? "" : met ? "met" : "MISSED");
  }

  /** Opens n connections, each loading the page and clicking once; prints progress every 10 %. */
  private static List<UiSocketClient> open(HttpClient http, URI base, int n, ExecutorService pool, PrintStream out,
      String what) throws Exception {
    List<UiSocketClient> sockets = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger done = new AtomicInteger();
    List<Future<?>> jobs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      jobs.add(pool.submit(() -> {
        UiSocketClient s = UiSocketClient.connect(http, base, PAGE, Map.of());
        try {
          s.load();
          s.awaitEnd(s.click("add"));
        } catch (Exception | AssertionError e) {
          s.close();
          throw e;
        }
        sockets.add(s); // only connections that work count as open
        int d = done.incrementAndGet();
        if (n >= 1000 && d % (n / 10) == 0) {
          out.printf("[capacity] %s: %d of %d connections%n", what, d, n);
        }
        return null;
      }));
    }
    int failed = 0;
    String firstFailure = null;
    for (Future<?> f : jobs) {
      try {
        f.get();
      } catch (java.util.concurrent.ExecutionException e) {
        failed++;
        firstFailure = firstFailure == null ? String.valueOf(e.getCause()) : firstFailure;
      }
    }
    if (failed > 0) {
      out.printf("[capacity] %s: %d of %d connections failed (first: %s)%n", what, failed, n, firstFailure);
    }
    return sockets;
  }

  /** Every {@code step}-th connection clicks once more; returns how many got their answer. */
  private static int clickEach(List<UiSocketClient> sockets, int step, ExecutorService pool) throws Exception {
    List<Future<Boolean>> jobs = new ArrayList<>();
    for (int i = 0; i < sockets.size(); i += step) {
      UiSocketClient s = sockets.get(i);
      jobs.add(pool.submit(() -> {
        try {
          s.awaitEnd(s.click("add"));
          return "Count: 2".equals(TextProps.parseFrom(s.find("count").getProps()).getText());
        } catch (Exception | AssertionError e) {
          return false;
        }
      }));
    }
    int ok = 0;
    for (Future<Boolean> f : jobs) {
      ok += f.get() ? 1 : 0;
    }
    return ok;
  }

  private static void closeAll(List<UiSocketClient> sockets) {
    for (UiSocketClient s : sockets) {
      try {
        s.close();
      } catch (RuntimeException e) {
        // already gone: nothing to close
      }
    }
  }

  /** The node's heap in use after a full GC, its live threads, and those by pool (5 or more). */
  private record Heap(long used, long threads, String pools) {}

  private static Heap heap(URI base) throws IOException {
    try (InputStream in = URI.create(base + "/baseline/heap").toURL().openStream()) {
      String[] f = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split(" ", 3);
      return new Heap(Long.parseLong(f[0]), Long.parseLong(f[1]), f.length > 2 ? f[2] : "");
    }
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
  }
}
