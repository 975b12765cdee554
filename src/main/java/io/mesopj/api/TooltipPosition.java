package io.mesopj.api;

/** Where a {@link Tooltip} appears relative to its content, as Mesop's {@code position}. */
public enum TooltipPosition {
  LEFT("left"),
  RIGHT("right"),
  ABOVE("above"),
  BELOW("below"),
  /** Left in left-to-right text, right in right-to-left text. */
  BEFORE("before"),
  /** Right in left-to-right text, left in right-to-left text. */
  AFTER("after");

  private final String wireName;

  TooltipPosition(String wireName) {
    this.wireName = wireName;
  }

  String wireName() {
    return wireName;
  }
}
