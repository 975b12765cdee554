package io.mesopj.api;

/** The look of a {@link Card}, as Mesop's {@code appearance} (its "raised" is {@link #ELEVATED}). */
public enum CardAppearance {
  /** A thin outline, no shadow (Mesop's default). */
  OUTLINED("outlined"),
  /** A shadow that lifts it from the page. */
  ELEVATED("elevated"),
  /** A tinted surface, no outline or shadow. */
  FILLED("filled");

  private final String wireName;

  CardAppearance(String wireName) {
    this.wireName = wireName;
  }

  String wireName() {
    return wireName;
  }
}
