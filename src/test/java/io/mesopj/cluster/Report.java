package io.mesopj.cluster;

import io.mesopj.testsupport.ClickLoad;
import io.mesopj.testsupport.RetryStats;
import java.util.Locale;

/** Figures of a cluster run, printed for the report (never asserted on). */
final class Report {
  private Report() {}

  static void print(String test, ClickLoad load, RetryStats stats, String extra) {
    System.out.println(String.format(Locale.ROOT, "[cluster] %s: %d clicks acknowledged in %.1f s = %.0f events/s;"
        + " %s%s", test, load.acknowledged(), load.wallTime().toMillis() / 1000.0, load.eventsPerSecond(),
        stats.summary(), extra.isEmpty() ? "" : "; " + extra));
    stats.messages().forEach((m, n) -> System.out.println("[cluster]   " + n + " x " + m));
  }
}
