package io.mesopj.internal.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Value parsers shared by settings. Each throws IllegalArgumentException on bad input. */
final class Parsers {
  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d)");
  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(|b|k|kb|kib|m|mb|mib|g|gb|gib)");

  private Parsers() {}

  static String text(String raw) {
    return raw.strip();
  }

  static boolean bool(String raw) {
    switch (raw.strip().toLowerCase(Locale.ROOT)) {
      case "true":
      case "1":
      case "yes":
        return true;
      case "false":
      case "0":
      case "no":
        return false;
      default:
        throw new IllegalArgumentException("not a boolean");
    }
  }

  static int positiveInt(String raw) {
    try {
      int v = Integer.parseInt(raw.strip());
      if (v <= 0) {
        throw new IllegalArgumentException("must be positive");
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a whole number");
    }
  }

  /** Accepts "10m", "600s", "250ms", "2h", "1d" or ISO-8601 "PT10M". Must be positive. */
  static Duration duration(String raw) {
    String s = raw.strip().toLowerCase(Locale.ROOT);
    Duration d;
    Matcher m = SHORT_DURATION.matcher(s);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      switch (m.group(2)) {
        case "ms": d = Duration.ofMillis(n); break;
        case "s": d = Duration.ofSeconds(n); break;
        case "m": d = Duration.ofMinutes(n); break;
        case "h": d = Duration.ofHours(n); break;
        default: d = Duration.ofDays(n); break;
      }
    } else {
      try {
        d = Duration.parse(raw.strip().toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("not a duration");
      }
    }
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException("must be positive");
    }
    return d;
  }

  /** Accepts bytes with an optional unit: "1048576", "512k", "10MB", "1GiB". */
  static long byteSize(String raw) {
    Matcher m = SIZE.matcher(raw.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("not a size");
    }
    long n = Long.parseLong(m.group(1));
    long unit;
    switch (m.group(2)) {
      case "k": case "kb": case "kib": unit = 1L << 10; break;
      case "m": case "mb": case "mib": unit = 1L << 20; break;
      case "g": case "gb": case "gib": unit = 1L << 30; break;
      default: unit = 1; break;
    }
    if (n <= 0) {
      throw new IllegalArgumentException("must be positive");
    }
    return Math.multiplyExact(n, unit);
  }

  static List<String> list(String raw) {
    return Arrays.stream(raw.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  static <E extends Enum<E>> E enumValue(Class<E> type, String raw) {
    try {
      return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown value");
    }
  }
}
