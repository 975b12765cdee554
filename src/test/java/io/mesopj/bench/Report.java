package io.mesopj.bench;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/** Prints the harness's figures: progress lines while it runs, then the tables. */
final class Report {
  private static final PrintStream OUT = System.out;

  private Report() {}

  /** One side of a scenario, as soon as it is measured. */
  static void progress(Scenario s, String side, LoadRun.Sample x) {
    OUT.printf(Locale.ROOT, "[%s] %-8s %8.0f events/s  p50 %6.2f  p90 %6.2f  p99 %6.2f ms  server CPU %.3f ms/event"
            + " (%.0f%% kernel)  client CPU %.3f ms/event  CPU used: ours %3.0f%%, others %3.0f%%  %d events,"
            + " %d errors%s%n",
        s.name, side, x.eventsPerSecond(), x.percentileMs(50), x.percentileMs(90), x.percentileMs(99),
        x.serverCpuMsPerEvent(), 100 * x.serverSysShare(), x.clientCpuMsPerEvent(),
        100 * x.machineCpuShare(Benchmarks.cores()), 100 * x.othersCpuShare(Benchmarks.cores()), x.events(), x.errors(),
        x.firstError() == null ? "" : " (first: " + x.firstError() + ")");
  }

  /** The three tables: measured figures, ratios against targets, and Mesop's reference. */
  static void print(Options o, Map<String, Scenario.Result> results, String serverJava) {
    int cores = Benchmarks.cores();
    OUT.printf("%n=== Results (%d cores; server JVMs: %s, %s, %s; load generator: %s client, %d clients,"
            + " same machine) ===%n", cores, o.container(), serverJava, String.join(" ", o.serverJvmOpts()),
        o.client(), o.clients());
    OUT.println("Absolute figures are for information: the machine is shared and noisy. CPU% srv/cli/oth = share"
        + " of all cores used by the server JVMs / the load generator / other processes during the period.");
    String h = "%-15s %-9s %5s %9s %7s %7s %7s %9s %9s %16s %7s %6s%n";
    OUT.printf(h, "scenario", "side", "nodes", "events/s", "p50 ms", "p90 ms", "p99 ms", "srv ms/ev", "cli ms/ev",
        "CPU% srv/cli/oth", "resp B", "errors");
    for (Scenario.Result r : results.values()) {
      row(r.scenario().name, "mesopj", r.scenario().nodes, r.mesopj(), cores);
      if (r.baseline() != null) {
        row("", "baseline", r.scenario().nodes, r.baseline(), cores);
      }
    }

    OUT.printf("%n=== Ratios and targets (DESIGN.md), measured in this run ===%n");
    String t = "%-15s %-44s %9s %-15s %-28s %s%n";
    OUT.printf(t, "scenario", "figure", "value", "rounds min–max", "target", "verdict");
    for (Scenario.Result r : results.values()) {
      for (Scenario.Check c : r.scenario().checks) {
        double v = c.value().applyAsDouble(r, results);
        String verdict = Double.isNaN(v) ? "not measured" : c.met() == null ? "" : c.met().test(v) ? "met" : "MISSED";
        double lo = Double.NaN;
        double hi = Double.NaN;
        for (Scenario.Result round : r.rounds()) {
          double x = c.value().applyAsDouble(round, results);
          lo = Double.isNaN(lo) ? x : Math.min(lo, x);
          hi = Double.isNaN(hi) ? x : Math.max(hi, x);
        }
        String spread = r.rounds().size() < 2 || Double.isNaN(lo) || lo == hi ? ""
            : String.format(Locale.ROOT, c.format() + "–" + c.format(), lo, hi);
        OUT.printf(t, r.scenario().name, c.what(), Double.isNaN(v) ? "—" : String.format(Locale.ROOT, c.format(), v),
            spread, c.target(), verdict);
      }
    }

    OUT.printf("%n=== vs Mesop's published reference (different machine: Mesop 1.0.1, gunicorn 2 sync workers,"
        + " 2 cores, no state backend) ===%n");
    String m = "%-15s %10s %12s %11s %10s %10s %12s %7s %7s%n";
    OUT.printf(m, "scenario", "events/s", "Mesop ev/s", "× Mesop", "CPU ms/ev", "Mesop CPU", "Mesop÷mesopj",
        "resp B", "Mesop B");
    for (Scenario.Result r : results.values()) {
      Scenario.MesopReference ref = r.scenario().mesop;
      if (ref == null) {
        continue;
      }
      double eps = r.mesopj().eventsPerSecond();
      double cpu = r.mesopj().serverCpuMsPerEvent();
      OUT.printf(Locale.ROOT, m, r.scenario().name, String.format(Locale.ROOT, "%.0f", eps),
          String.format(Locale.ROOT, "%.0f–%.0f", ref.eventsPerSecondLow(), ref.eventsPerSecondHigh()),
          String.format(Locale.ROOT, "%.1f–%.1f", eps / ref.eventsPerSecondHigh(), eps / ref.eventsPerSecondLow()),
          String.format(Locale.ROOT, "%.3f", cpu), String.format(Locale.ROOT, "%.2f", ref.cpuMsPerEvent()),
          String.format(Locale.ROOT, "%.1f", ref.cpuMsPerEvent() / cpu),
          String.format(Locale.ROOT, "%.0f", r.mesopj().meanBodyBytes()),
          ref.responseBytes() == 0 ? "—" : Integer.toString(ref.responseBytes()));
    }
  }

  private static void row(String name, String side, int nodes, LoadRun.Sample x, int cores) {
    double wall = x.elapsedNanos() * (double) cores;
    OUT.printf(Locale.ROOT, "%-15s %-9s %5d %9.0f %7.2f %7.2f %7.2f %9.3f %9.3f %16s %7.0f %6d%n", name, side, nodes,
        x.eventsPerSecond(), x.percentileMs(50), x.percentileMs(90), x.percentileMs(99), x.serverCpuMsPerEvent(),
        x.clientCpuMsPerEvent(), String.format(Locale.ROOT, "%.0f/%.0f/%.0f", 100 * x.serverCpuNanos() / wall,
            100 * x.clientCpuNanos() / wall, 100 * x.othersCpuShare(cores)), x.meanBodyBytes(), x.errors());
  }
}
