package io.mesopj.api;

import io.mesopj.protocol.UserEvent;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Reads the payloads of input events; throws IllegalArgumentException (a 400 for the browser)
 * when one does not fit.
 */
final class Payloads {
  private Payloads() {}

  /** The chosen values: a string list, or a single string (an older or simpler client). */
  static List<String> stringList(UserEvent e) {
    return switch (e.getPayloadCase()) {
      case STRING_LIST -> List.copyOf(e.getStringList().getValuesList());
      case STRING_VALUE -> List.of(e.getStringValue());
      default -> throw new IllegalArgumentException("expected a list of values, got " + e.getPayloadCase());
    };
  }

  static double finiteDouble(UserEvent e) {
    double v = switch (e.getPayloadCase()) {
      case DOUBLE_VALUE -> e.getDoubleValue();
      case INT_VALUE -> e.getIntValue();
      default -> throw new IllegalArgumentException("expected a number, got " + e.getPayloadCase());
    };
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("expected a finite number, got " + v);
    }
    return v;
  }

  static boolean bool(UserEvent e) {
    if (e.getPayloadCase() != UserEvent.PayloadCase.BOOL_VALUE) {
      throw new IllegalArgumentException("expected true or false, got " + e.getPayloadCase());
    }
    return e.getBoolValue();
  }

  /** An ISO-8601 calendar date, yyyy-mm-dd. */
  static LocalDate date(String what, String iso) {
    if (iso == null || iso.isEmpty()) {
      throw new IllegalArgumentException(what + " is missing");
    }
    try {
      return LocalDate.parse(iso);
    } catch (DateTimeParseException ex) {
      throw new IllegalArgumentException(what + " is not a date of the form yyyy-mm-dd: \"" + clip(iso) + "\"");
    }
  }

  /** Keeps error messages short when the browser sends something long. */
  static String clip(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
