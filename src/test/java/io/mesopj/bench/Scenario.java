package io.mesopj.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoublePredicate;
import java.util.function.ToDoubleBiFunction;

/**
 * One benchmark: server settings (as system properties of every node; the value
 * {@value #TEMP_DIR} becomes a fresh directory shared by the scenario's nodes), a page, the
 * key clicked over and over, and how many server JVMs (nodes) serve it; clients send each event
 * to a node picked at random, with no balancer and no affinity. Optionally measured against the
 * baseline servlet in the same server JVM, and checked against targets.
 *
 * <p>Adding a scenario (say, the SQL store on 3 nodes):
 * <pre>{@code
 * Scenario.of("counter-sql-3", "counter, SQL store, 3 nodes", "/counter", "add")
 *     .setting("MESOP_STATE_SESSION_BACKEND", "sql").setting(...).nodes(3).expectText("count", n -> "Count: " + n)
 *     .check("p50 ÷ counter-memory p50", "≤ 2", (r, all) -> r.p50() / all.get("counter-memory").p50(),
 *         v -> v <= 2, "%.2f")
 * }</pre>
 * (in {@link Benchmarks#scenarios()}; {@code expectText} also adds the lost-update check).
 */
final class Scenario {
  static final String TEMP_DIR = "{tempdir}";
  /** Becomes the JDBC URL of a PostgreSQL the harness starts (embedded, for the whole run). */
  static final String POSTGRES_URL = "{postgres}";

  /** A figure checked against a target. {@code value} sees this scenario's result and all earlier ones. */
  record Check(String what, String target, ToDoubleBiFunction<Result, Map<String, Result>> value,
      DoublePredicate met, String format) {}

  /** Mesop 1.0.1's published figures for a comparable case (DESIGN.md; measured on another machine). */
  record MesopReference(double cpuMsPerEvent, double eventsPerSecondLow, double eventsPerSecondHigh,
      int responseBytes) {}

  final String name;
  final String description;
  final String page;
  final String clickKey;
  final Map<String, String> settings = new LinkedHashMap<>();
  int nodes = 1;
  boolean baseline;
  MesopReference mesop;
  /** After the load: the key of a text that tells how many clicks the session applied, and that text. */
  String countKey;
  java.util.function.LongFunction<String> countText;
  /** Caps the automatic warm-up below --warmup-max (0: no cap of its own). */
  double warmupCapSeconds;
  final List<Check> checks = new ArrayList<>();

  private Scenario(String name, String description, String page, String clickKey) {
    this.name = name;
    this.description = description;
    this.page = page;
    this.clickKey = clickKey;
  }

  static Scenario of(String name, String description, String page, String clickKey) {
    return new Scenario(name, description, page, clickKey);
  }

  Scenario setting(String key, String value) {
    settings.put(key, value);
    return this;
  }

  Scenario nodes(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("nodes must be at least 1");
    }
    nodes = n;
    return this;
  }

  /** Also measure the baseline servlet (an SSE body of the same size) in the same server JVM. */
  Scenario withBaseline() {
    baseline = true;
    return this;
  }

  /**
   * After the measured period every tab clicks once more and reads the text {@code key} from a
   * full render: it must be {@code text(clicks applied)}, or an update was lost or applied twice.
   */
  Scenario expectText(String key, java.util.function.LongFunction<String> text) {
    countKey = key;
    countText = text;
    return this;
  }

  /** A lower warm-up limit for this scenario, where the JIT cannot settle in reasonable time anyway. */
  Scenario warmupCap(double seconds) {
    warmupCapSeconds = seconds;
    return this;
  }

  Scenario mesop(MesopReference ref) {
    mesop = ref;
    return this;
  }

  Scenario check(String what, String target, ToDoubleBiFunction<Result, Map<String, Result>> value,
      DoublePredicate met, String format) {
    checks.add(new Check(what, target, value, met, format));
    return this;
  }

  /**
   * Consecutive scenarios with the same settings share server JVMs (and their JIT warm-up): the
   * group has as many nodes as the largest of them needs, and each uses the first {@link #nodes}.
   */
  String serverKey() {
    return settings.toString();
  }

  /** What a scenario measured: mesopj, its baseline (or null), and what the probe saw of one click. */
  record Result(Scenario scenario, LoadRun.Sample mesopj, LoadRun.Sample baseline, Probe probe,
      List<Result> rounds, Verification verification) {
    /** Each measured round on its own (mesopj and baseline alternate), to show how noisy a figure is. */
    @Override
    public List<Result> rounds() {
      return rounds;
    }

    double ratio() {
      return baseline == null ? Double.NaN : mesopj.eventsPerSecond() / baseline.eventsPerSecond();
    }

    /** Baseline server CPU per event ÷ mesopj's: the events/s ratio if only the server's CPU counted. */
    double cpuRatio() {
      return baseline == null ? Double.NaN
          : baseline.serverCpuMsPerEvent() / mesopj.serverCpuMsPerEvent();
    }

    double p50() {
      return mesopj.percentileMs(50);
    }

    double p99() {
      return mesopj.percentileMs(99);
    }
  }

  /** How many sessions were checked after the load, and in how many the count was wrong. */
  record Verification(int checked, int wrong, int skipped, String firstWrong) {}

  /**
   * One tab's first clicks: response body bytes, SSE frames, and the render frame's size
   * ("data: " + base64 + blank line) on the first click and on a later (steady-state) click.
   */
  record Probe(int bodyBytes, int frames, int firstRenderFrameBytes, int renderFrameBytes) {}
}
