package io.mesopj.api;

/** What a {@link ProgressBar} shows, as Mesop's {@code mode}. */
public enum ProgressBarMode {
  /** How far along: {@link ProgressBar#value(double)} percent. */
  DETERMINATE("determinate"),
  /** Busy, without saying how long (the default). */
  INDETERMINATE("indeterminate"),
  /** Progress plus a buffered amount ({@link ProgressBar#bufferValue(double)}), as for streaming media. */
  BUFFER("buffer"),
  /** Preparing: an indeterminate bar that moves the other way, before the real progress starts. */
  QUERY("query");

  private final String wireName;

  ProgressBarMode(String wireName) {
    this.wireName = wireName;
  }

  String wireName() {
    return wireName;
  }
}
