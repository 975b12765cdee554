package io.mesopj.api;

/** Theme palette colours for controls, as Mesop's {@code color} argument. */
public enum ThemeColor {
  PRIMARY("primary"),
  ACCENT("accent"),
  WARN("warn");

  private final String wireName;

  ThemeColor(String wireName) {
    this.wireName = wireName;
  }

  String wireName() {
    return wireName;
  }
}
