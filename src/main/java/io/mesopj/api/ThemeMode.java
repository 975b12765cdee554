package io.mesopj.api;

/** Colour scheme of the page, for {@link Event#setThemeMode}. */
public enum ThemeMode {
  /** Follow the operating system's setting. */
  SYSTEM,
  LIGHT,
  DARK
}
