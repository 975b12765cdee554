package io.mesopj.api;

/** How an open {@link Sidenav} shares the space with the content. */
public enum SidenavMode {
  /**
   * Beside the content, which narrows to make room (the default). When the sidenav is too narrow
   * for that (a phone), the drawer goes over the content as in {@link #OVER}.
   */
  SIDE("side"),
  /** Over the content, with a scrim that closes it when clicked (unless close is disabled). */
  OVER("over");

  private final String wireName;

  SidenavMode(String wireName) {
    this.wireName = wireName;
  }

  String wireName() {
    return wireName;
  }
}
