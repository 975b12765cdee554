package io.mesopj.api;

/** The HTML input types an {@link Input} can have (Mesop's {@code type} argument). */
public enum InputType {
  TEXT("text"),
  PASSWORD("password"),
  EMAIL("email"),
  NUMBER("number"),
  TEL("tel"),
  URL("url"),
  SEARCH("search"),
  /** A calendar date; the value is yyyy-mm-dd. */
  DATE("date"),
  /** A time of day; the value is hh:mm. */
  TIME("time"),
  /** A date and time; the value is yyyy-mm-ddThh:mm. */
  DATETIME_LOCAL("datetime-local"),
  /** A month; the value is yyyy-mm. */
  MONTH("month"),
  /** A week; the value is yyyy-Www. */
  WEEK("week"),
  /** A colour; the value is #rrggbb. */
  COLOR("color");

  private final String wireName;

  InputType(String wireName) {
    this.wireName = wireName;
  }

  String wireName() {
    return wireName;
  }
}
