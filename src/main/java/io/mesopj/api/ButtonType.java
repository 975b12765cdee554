package io.mesopj.api;

/** Visual kind of a {@link Button}, as Mesop's {@code type} argument. */
public enum ButtonType {
  /** Text only (Mesop's default). */
  TEXT("text"),
  /** Elevated. */
  RAISED("raised"),
  /** Filled, no elevation. */
  FLAT("flat"),
  /** Outlined. */
  STROKED("stroked"),
  /** Round icon button; give it an icon as content. */
  ICON("icon");

  private final String wireName;

  ButtonType(String wireName) {
    this.wireName = wireName;
  }

  String wireName() {
    return wireName;
  }
}
