package io.mesopj.api;

/** Where {@link CardActions} puts its buttons, as Mesop's {@code align}. */
public enum CardActionsAlign {
  START("start"),
  END("end");

  private final String wireName;

  CardActionsAlign(String wireName) {
    this.wireName = wireName;
  }

  String wireName() {
    return wireName;
  }
}
