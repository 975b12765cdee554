package io.mesopj.api;

/** Size of a {@link Badge}, as Mesop's {@code size}. */
public enum BadgeSize {
  SMALL("small"),
  MEDIUM("medium"),
  LARGE("large");

  private final String wireName;

  BadgeSize(String wireName) {
    this.wireName = wireName;
  }

  String wireName() {
    return wireName;
  }
}
