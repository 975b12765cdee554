package io.mesopj.api;

/** How a {@link CardHeader} shows its image, as Mesop's {@code image_type}. */
public enum CardImageType {
  /** A round image before the title (the default). */
  AVATAR("avatar"),
  /** A square image after the title, 80 px. */
  SMALL("small"),
  /** 112 px. */
  MEDIUM("medium"),
  /** 152 px. */
  LARGE("large"),
  /** 240 px. */
  EXTRA_LARGE("extra-large");

  private final String wireName;

  CardImageType(String wireName) {
    this.wireName = wireName;
  }

  String wireName() {
    return wireName;
  }
}
