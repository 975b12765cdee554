package io.mesopj.api;

/** Which side of the content a {@link Sidenav} is on, as Mesop's {@code position}. */
public enum SidenavPosition {
  /** The leading side (left in left-to-right pages). Mesop's default. */
  START("start"),
  /** The trailing side. */
  END("end");

  private final String wireName;

  SidenavPosition(String wireName) {
    this.wireName = wireName;
  }

  String wireName() {
    return wireName;
  }
}
