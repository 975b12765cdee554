package io.mesopj.api;

/** Material typography scale for {@link Ui#text(String, Typography)}. */
public enum Typography {
  HEADLINE_1("headline-1"),
  HEADLINE_2("headline-2"),
  HEADLINE_3("headline-3"),
  HEADLINE_4("headline-4"),
  HEADLINE_5("headline-5"),
  HEADLINE_6("headline-6"),
  SUBTITLE_1("subtitle-1"),
  SUBTITLE_2("subtitle-2"),
  BODY_1("body-1"),
  BODY_2("body-2"),
  CAPTION("caption"),
  BUTTON("button"),
  OVERLINE("overline");

  private final String cssName;

  Typography(String cssName) {
    this.cssName = cssName;
  }

  /** The name the client uses. */
  public String cssName() {
    return cssName;
  }
}
