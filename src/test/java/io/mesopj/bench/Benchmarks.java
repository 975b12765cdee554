package io.mesopj.bench;

import io.mesopj.protocol.Component;
import io.mesopj.testsupport.PageSession;
import io.mesopj.testsupport.UiClient;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * mesopj's benchmark harness (not a test: it asserts nothing about time). Starts the built WAR
 * in separate server JVMs, drives them with closed-loop clients from this JVM, and prints
 * ratios against a baseline servlet measured in the same run and the same server JVM, plus
 * absolute figures for information. Run it with {@code mvn -Pbench verify -DskipTests}; see
 * docs/benchmarks.md and {@code --help}.
 */
public final class Benchmarks {
  static final String BACKEND = "MESOP_STATE_SESSION_BACKEND";
  static final String FILE_DIR = "MESOP_STATE_SESSION_BACKEND_FILE_BASE_DIR";
  static final String SEALING_KEY = "MESOPJ_SEALING_KEY";

  /** Mesop 1.0.1 on 2 cores, gunicorn with 2 sync workers, no state backend (DESIGN.md). */
  static final Scenario.MesopReference MESOP_COUNTER = new Scenario.MesopReference(1.15, 1250, 1570, 206);
  static final Scenario.MesopReference MESOP_201_TEXTS = new Scenario.MesopReference(10, 190, 200, 0);

  private static final PrintStream OUT = System.out;
  private static final String CPU_RATIO = "baseline ÷ mesopj server CPU per event";
  /** Clicks before the probe sizes a steady-state answer (a session remembers 16 event ids). */
  private static final int PROBE_CLICKS = 20;

  private Benchmarks() {}

  /** The scenarios, in the order they run (consecutive ones with equal settings share servers). */
  static List<Scenario> scenarios() {
    List<Scenario> list = new ArrayList<>();
    list.add(Scenario.of("counter-sealed", "counter click (/counter, key add), state sealed in the browser"
        + " (default backend none)", "/counter", "add").withBaseline().mesop(MESOP_COUNTER).expectText("count", COUNT)
        .check("events/s ÷ baseline events/s", "info (target is for memory)", (r, all) -> r.ratio(), null,
            "%.2f")
        .check(CPU_RATIO, "info", (r, all) -> r.cpuRatio(), null, "%.2f"));
    list.add(Scenario.of("large-201", "page of 201 texts (/large?n=201), a click changes one row",
        "/large?n=201", "change").withBaseline().mesop(MESOP_201_TEXTS)
        .expectText("status", n -> "201 rows, " + n + " changes")
        .check("server CPU ms per event", "≤ 0.40", (r, all) -> r.mesopj().serverCpuMsPerEvent(), v -> v <= 0.4,
            "%.3f")
        .check("events/s ÷ Mesop's 190–200 (other machine)", "≥ 25", (r, all) -> r.mesopj().eventsPerSecond()
            / 195.0, v -> v >= 25, "%.1f")
        .check("events/s ÷ baseline events/s", "info", (r, all) -> r.ratio(), null, "%.2f"));
    list.add(Scenario.of("large-1000", "page of 1000 texts (/large?n=1000), a click changes one row",
        "/large?n=1000", "change").withBaseline().expectText("status", n -> "1000 rows, " + n + " changes")
        .check("update frame bytes, first click", "≤ 300", (r, all) -> r.probe().firstRenderFrameBytes(),
            v -> v <= 300, "%.0f")
        .check("update frame bytes, later clicks", "≤ 300", (r, all) -> r.probe().renderFrameBytes(),
            v -> v <= 300, "%.0f")
        .check("server CPU ms per event", "info", (r, all) -> r.mesopj().serverCpuMsPerEvent(), null, "%.3f")
        .check("events/s ÷ baseline events/s", "info", (r, all) -> r.ratio(), null, "%.2f"));
    list.add(Scenario.of("counter-memory", "counter click, memory store", "/counter", "add")
        .setting(BACKEND, "memory").withBaseline().mesop(MESOP_COUNTER).expectText("count", COUNT)
        .check("events/s ÷ baseline events/s", "≥ 0.50", (r, all) -> r.ratio(), v -> v >= 0.5, "%.2f")
        .check(CPU_RATIO, "info", (r, all) -> r.cpuRatio(), null, "%.2f"));
    // 3 nodes first: the 1-node scenario then reuses the first of the 3 warm JVMs
    for (int nodes : new int[] {3, 1}) {
      list.add(Scenario.of("counter-sql-" + nodes, "counter click, sql store on PostgreSQL shared by " + nodes
          + " node(s), each event to a random node", "/counter", "add")
          .setting(BACKEND, "sql").setting("MESOP_STATE_SESSION_BACKEND_SQL_CONNECTION_URI", Scenario.POSTGRES_URL)
          .setting("MESOPJ_SQL_USER", "mesop").setting("MESOPJ_SQL_PASSWORD", "mesop-bench")
          .setting("MESOPJ_SQL_CREATE_TABLE", "true").nodes(nodes).expectText("count", COUNT)
          .warmupCap(nodes > 1 ? 10 : 20)
          .check("p50 ÷ counter-memory p50", nodes == 1 ? "≤ 2" : "info", (r, all) -> vsMemory(r, all,
              Scenario.Result::p50), nodes == 1 ? v -> v <= 2 : null, "%.2f")
          .check("p99 ÷ counter-memory p99", "info", (r, all) -> vsMemory(r, all, Scenario.Result::p99), null,
              "%.2f")
          .check("events/s ÷ counter-memory events/s", "info", (r, all) -> vsMemory(r, all,
              x -> x.mesopj().eventsPerSecond()), null, "%.2f"));
    }
    for (int nodes : new int[] {3, 1}) {
      list.add(Scenario.of("counter-file-" + nodes, "counter click, file store shared by " + nodes
          + " node(s), each event to a random node", "/counter", "add")
          .setting(BACKEND, "file").setting(FILE_DIR, Scenario.TEMP_DIR).nodes(nodes).expectText("count", COUNT)
          // several JVMs on two cores do not finish compiling in any reasonable time; the file
          // store's cost is mostly the kernel's (fsync, rename, locks) anyway
          .warmupCap(10)
          .check("p50 ÷ counter-memory p50", "info (SQL: ≤ 2)", (r, all) -> vsMemory(r, all, Scenario.Result::p50),
              null, "%.2f")
          .check("p99 ÷ counter-memory p99", "info", (r, all) -> vsMemory(r, all, Scenario.Result::p99), null,
              "%.2f")
          .check("events/s ÷ counter-memory events/s", "info", (r, all) -> vsMemory(r, all,
              x -> x.mesopj().eventsPerSecond()), null, "%.2f"));
    }
    for (Scenario s : list) {
      if (s.countKey != null) {
        s.check("sessions with lost or doubled clicks", "= 0", (r, all) -> r.verification() == null ? Double.NaN
            : r.verification().wrong(), v -> v == 0, "%.0f");
      }
    }
    return list;
  }

  private static final java.util.function.LongFunction<String> COUNT = n -> "Count: " + n;

  private static double vsMemory(Scenario.Result r, Map<String, Scenario.Result> all,
      java.util.function.ToDoubleFunction<Scenario.Result> f) {
    Scenario.Result memory = all.get("counter-memory");
    return memory == null ? Double.NaN : f.applyAsDouble(r) / f.applyAsDouble(memory);
  }

  public static void main(String[] args) throws Exception {
    if (Options.wantsHelp(args)) {
      OUT.println(Options.HELP);
      return;
    }
    Options o = Options.parse(args);
    List<Scenario> scenarios = new ArrayList<>(scenarios());
    if (Options.wantsList(args)) {
      scenarios.forEach(s -> OUT.printf("%-16s %s%n", s.name, s.description));
      return;
    }
    if (!o.only().isEmpty()) {
      for (String name : o.only()) {
        if (scenarios.stream().noneMatch(s -> s.name.equals(name))) {
          throw new IllegalArgumentException("no scenario " + name + " (--list lists them)");
        }
      }
      scenarios.removeIf(s -> !o.only().contains(s.name));
    }
    if (!Files.isRegularFile(o.war())) {
      throw new IllegalStateException("No WAR at " + o.war() + ": build it first (mvn -Pbench verify -DskipTests)");
    }
    Files.createDirectories(o.workDir());
    Path scratch = o.workDir().resolve("tmp");
    WorkFiles.deleteTree(scratch); // what a killed run left
    Files.createDirectories(scratch);
    Path webapp = WorkFiles.explode(o.war(), o.workDir().resolve("webapp"));
    // one sealing key for all nodes of the run, so sealed state works on any node
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    String sealingKey = Base64.getEncoder().encodeToString(key);
    scenarios.forEach(s -> s.settings.putIfAbsent(SEALING_KEY, sealingKey));
    if (o.noBaseline()) {
      scenarios.forEach(s -> s.baseline = false);
    }

    if (o.capacity() > 0) {
      try {
        Capacity.run(o, webapp, sealingKey, o.capacity(), OUT);
      } finally {
        WorkFiles.deleteTree(scratch);
      }
      return;
    }
    long started = System.nanoTime();
    OUT.printf("mesopj benchmarks: %d cores, load generator on %s %s, %s client, %d clients;"
            + " warm-up %s, measure %.0f s per side in %d rounds; loadavg before: %s%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"), Runtime.version(),
        o.client(), o.clients(), o.warmupSeconds() == Options.AUTO ? "until the JIT settles (at most "
            + (int) o.warmupMaxSeconds() + " s; baseline half that)" : (int) o.warmupSeconds() + " s per side",
        o.measureSeconds(), o.rounds(), loadavg());
    Map<String, Scenario.Result> results = new LinkedHashMap<>();
    ServerNodes servers = null;
    String serversKey = null;
    String serverJava = "?";
    try (HttpTransport transport = HttpTransport.of(o.client()); BenchPostgres postgres = new BenchPostgres()) {
      for (int i = 0; i < scenarios.size(); i++) {
        Scenario s = scenarios.get(i);
        if (!s.serverKey().equals(serversKey)) {
          if (servers != null) {
            servers.close();
          }
          int nodes = 0;
          for (int j = i; j < scenarios.size() && scenarios.get(j).serverKey().equals(s.serverKey()); j++) {
            nodes = Math.max(nodes, scenarios.get(j).nodes);
          }
          Map<String, String> settings = new LinkedHashMap<>(s.settings);
          for (Map.Entry<String, String> e : settings.entrySet()) {
            if (e.getValue().equals(Scenario.POSTGRES_URL)) {
              e.setValue(postgres.url());
            }
            if (e.getValue().equals(Scenario.TEMP_DIR)) {
              Path dir = Files.createTempDirectory(scratch, s.name + "-");
              e.setValue(dir.toString());
            }
          }
          long t = System.nanoTime();
          servers = ServerNodes.start(o, webapp, settings, nodes, o.workDir(), s.name);
          serversKey = s.serverKey();
          serverJava = servers.javaVersion();
          OUT.printf("%n[%s] started %d %s server JVM(s) (%s) in %.1f s; settings: %s%n", s.name, nodes,
              o.container(), serverJava, (System.nanoTime() - t) / 1e9, printable(s.settings));
        } else {
          OUT.println();
        }
        long t0 = System.nanoTime();
        Scenario.Result r = run(o, s, servers.first(s.nodes), transport);
        results.put(s.name, r);
        OUT.printf(Locale.ROOT, "[%s] done in %.0f s%n", s.name, (System.nanoTime() - t0) / 1e9);
      }
    } finally {
      if (servers != null) {
        servers.close();
      }
      WorkFiles.deleteTree(scratch);
    }
    Report.print(o, results, serverJava);
    OUT.printf("%nwhole run: %.0f s; loadavg after: %s; server logs%s in %s%n", (System.nanoTime() - started) / 1e9,
        loadavg(), o.jfr() ? " and JFR recordings" : "", o.workDir());
  }

  private static Scenario.Result run(Options o, Scenario s, ServerNodes servers, HttpTransport transport)
      throws Exception {
    URI first = servers.bases().get(0);
    verifyWithTestClient(first, s);
    // probe: one tab's first clicks, to size the baseline's answer and the update frame
    Tab probe = tab(transport, servers, s);
    probe.load();
    probe.event();
    int firstFrame = probe.lastRenderFrameBytes();
    for (int i = 0; i < PROBE_CLICKS; i++) {
      probe.event(); // past the first clicks, while the session's list of recent event ids still grows
    }
    Scenario.Probe p = new Scenario.Probe(probe.lastBodyBytes(), probe.lastFrames(), firstFrame,
        probe.lastRenderFrameBytes());
    byte[] clickBody = probe.clickRequest().toByteArray();
    probe.close();
    OUT.printf("[%s] %s%n[%s] a click's answer (steady state): %d bytes in %d SSE frames; render frame %d bytes"
            + " (first click %d)%n",
        s.name, s.description, s.name, p.bodyBytes(), p.frames(), p.renderFrameBytes(), p.firstRenderFrameBytes());

    List<Tab> tabs = new ArrayList<>();
    List<LoadRun.BaselineClient> baseline = new ArrayList<>();
    try {
      for (int i = 0; i < o.clients(); i++) {
        Tab t = tab(transport, servers, s);
        tabs.add(t);
        t.load();
      }
      if (s.baseline) {
        int frames = o.baselineFrames().equals("match") ? p.frames() : Integer.parseInt(o.baselineFrames());
        String target = "/baseline/sse?bytes=" + p.bodyBytes() + "&frames=" + frames
            + (o.baselineAsync() ? "&async=1" : "");
        for (int i = 0; i < o.clients(); i++) {
          URI node = servers.bases().get(i % servers.size());
          baseline.add(new LoadRun.BaselineClient(transport.open(node), target, clickBody, p.bodyBytes()));
        }
      }
      double warm = warmUp(o, s, "mesopj", tabs, servers);
      if (s.baseline) {
        warm += warmUp(o, s, "baseline", baseline, servers);
      }
      OUT.printf(Locale.ROOT, "[%s] warm-up took %.0f s%n", s.name, warm);
      LoadRun.Sample m = LoadRun.Sample.EMPTY;
      LoadRun.Sample b = s.baseline ? LoadRun.Sample.EMPTY : null;
      List<Scenario.Result> rounds = new ArrayList<>();
      double slice = o.measureSeconds() / o.rounds();
      for (int round = 0; round < o.rounds(); round++) {
        LoadRun.Sample x = LoadRun.run(tabs, slice, servers);
        verbose(o, s, "round " + (round + 1) + " mesopj", x);
        m = m.plus(x);
        LoadRun.Sample y = null;
        if (s.baseline) {
          y = LoadRun.run(baseline, slice, servers);
          verbose(o, s, "round " + (round + 1) + " baseline", y);
          b = b.plus(y);
        }
        rounds.add(new Scenario.Result(s, x, y, p, List.of(), null));
      }
      Report.progress(s, "mesopj", m);
      if (b != null) {
        Report.progress(s, "baseline", b);
        OUT.printf("[%s] ratio mesopj ÷ baseline events/s: %.2f%n", s.name, m.eventsPerSecond() / b.eventsPerSecond());
      }
      Scenario.Verification v = verify(s, tabs);
      return new Scenario.Result(s, m, b, p, rounds, v);
    } finally {
      tabs.forEach(Tab::close);
      baseline.forEach(LoadRun.BaselineClient::close);
    }
  }

  /**
   * Load without measuring, in one-second steps (printed with --verbose). A JVM on two busy
   * cores takes tens of seconds to compile the hot paths (server CPU per event falls 10-20×
   * meanwhile), so by default the warm-up lasts until every server JVM's JIT compilers spent at
   * most {@value #JIT_QUIET_MS} ms in each of the last {@value #JIT_QUIET_STEPS} steps. Returns
   * the seconds spent.
   */
  private static double warmUp(Options o, Scenario s, String side, List<? extends LoadRun.Client> clients,
      ServerNodes servers) throws InterruptedException {
    boolean auto = o.warmupSeconds() == Options.AUTO;
    double max = side.equals("baseline") ? o.warmupMaxSeconds() / 2 : o.warmupMaxSeconds();
    if (s.warmupCapSeconds > 0) {
      max = Math.min(max, s.warmupCapSeconds);
    }
    double limit = auto ? max : o.warmupSeconds();
    long[] jit = servers.compileMillis();
    int quiet = 0;
    double spent = 0;
    while (spent < limit) {
      double step = Math.min(1, limit - spent);
      LoadRun.Sample x = LoadRun.run(clients, step, servers);
      spent += step;
      long[] now = servers.compileMillis();
      long busiest = 0;
      for (int i = 0; i < now.length; i++) {
        busiest = Math.max(busiest, now[i] < 0 || jit[i] < 0 ? Long.MAX_VALUE : now[i] - jit[i]);
      }
      jit = now;
      quiet = busiest <= JIT_QUIET_MS ? quiet + 1 : 0;
      verbose(o, s, "warm-up " + side, x, busiest == Long.MAX_VALUE ? "?" : Long.toString(busiest));
      if (auto && quiet >= JIT_QUIET_STEPS) {
        break;
      }
    }
    if (auto && quiet < JIT_QUIET_STEPS) {
      OUT.printf("[%s] note: the %s warm-up stopped at its limit of %.0f s before the JIT settled%n", s.name, side,
          max);
    }
    return spent;
  }

  private static final long JIT_QUIET_MS = 20;
  private static final int JIT_QUIET_STEPS = 2;

  private static void verbose(Options o, Scenario s, String what, LoadRun.Sample x) {
    verbose(o, s, what, x, "-");
  }

  private static void verbose(Options o, Scenario s, String what, LoadRun.Sample x, String jitMs) {
    if (o.verbose()) {
      OUT.printf(Locale.ROOT, "[%s]   %-18s %7.0f events/s  p50 %6.2f ms  server CPU %.3f ms/event  client %.3f"
              + "  others' CPU %3.0f%%  JIT %s ms  errors %d%n", s.name, what, x.eventsPerSecond(),
          x.percentileMs(50), x.serverCpuMsPerEvent(), x.clientCpuMsPerEvent(), 100 * x.othersCpuShare(cores()),
          jitMs, x.errors());
    }
  }

  private static Tab tab(HttpTransport transport, ServerNodes servers, Scenario s) {
    List<HttpTransport.Connection> conns = new ArrayList<>();
    for (URI base : servers.bases()) {
      conns.add(transport.open(base));
    }
    return new Tab(conns, s.page, s.clickKey);
  }

  /** Each tab's session must show exactly the clicks it sent (see {@link Scenario#expectText}). */
  private static Scenario.Verification verify(Scenario s, List<Tab> tabs) {
    if (s.countKey == null) {
      return null;
    }
    int checked = 0;
    int wrong = 0;
    int skipped = 0;
    String first = null;
    for (Tab t : tabs) {
      if (t.failed() > 0) {
        skipped++; // a failed click may or may not have been applied
        continue;
      }
      String got;
      try {
        got = t.clickAndRead(s.countKey);
      } catch (IOException | InterruptedException | RuntimeException e) {
        skipped++;
        continue;
      }
      checked++;
      String want = s.countText.apply(t.applied());
      if (!want.equals(got)) {
        wrong++;
        if (first == null) {
          first = "expected '" + want + "', the server shows '" + got + "'";
        }
      }
    }
    OUT.printf("[%s] verified %d sessions after the load: %s%s%n", s.name, checked,
        wrong == 0 ? "each shows exactly the clicks it sent" : wrong + " show lost or doubled clicks (" + first + ")",
        skipped == 0 ? "" : "; " + skipped + " skipped (a click failed)");
    return new Scenario.Verification(checked, wrong, skipped, first);
  }

  /** With the container tests' client: the click is answered with a diff that changes the page. */
  private static void verifyWithTestClient(URI base, Scenario s) throws IOException, InterruptedException {
    PageSession page = new UiClient(base).load(s.page);
    Component before = page.tree();
    UiClient.Response r = page.click(s.clickKey);
    if (r.status() != 200 || r.renders().isEmpty() || !r.renders().get(0).getRender().hasPatch()
        || page.tree().equals(before)) {
      throw new IllegalStateException("[" + s.name + "] clicking '" + s.clickKey + "' on " + s.page
          + " did not answer a diff that changes the page: HTTP " + r.status() + " " + r.text());
    }
  }

  static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  private static String loadavg() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "?";
    }
  }

  private static String printable(Map<String, String> settings) {
    Map<String, String> shown = new LinkedHashMap<>(settings);
    shown.computeIfPresent(SEALING_KEY, (k, v) -> "(random per run)");
    shown.replaceAll((k, v) -> k.contains("PASSWORD") ? "****" : v);
    return shown.toString();
  }
}
