package io.mesopj.api;

/** Where a {@link Badge} sits on its content, as Mesop's {@code position}. */
public enum BadgePosition {
  /** Top right in left-to-right text (the default). */
  ABOVE_AFTER("above after"),
  ABOVE_BEFORE("above before"),
  BELOW_BEFORE("below before"),
  BELOW_AFTER("below after"),
  /** Vertically centred, before the content. */
  BEFORE("before"),
  /** Vertically centred, after the content. */
  AFTER("after"),
  /** Centred above the content. */
  ABOVE("above"),
  /** Centred below the content. */
  BELOW("below");

  private final String wireName;

  BadgePosition(String wireName) {
    this.wireName = wireName;
  }

  String wireName() {
    return wireName;
  }
}
