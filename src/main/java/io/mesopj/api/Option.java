package io.mesopj.api;

import java.util.Objects;

/**
 * A choice in a radio group, select, button toggle or autocomplete: the label the user sees and
 * the value the handler receives. Immutable.
 */
public final class Option implements OptionEntry {
  private final String label;
  private final String value;
  private final boolean disabled;

  private Option(String label, String value, boolean disabled) {
    this.label = label;
    this.value = value;
    this.disabled = disabled;
  }

  /** An option showing {@code label} whose value is {@code value}. */
  public static Option of(String label, String value) {
    return new Option(label == null ? "" : label, Objects.requireNonNull(value, "an option needs a value"), false);
  }

  /** An option whose label is its value. */
  public static Option of(String value) {
    return of(value, value);
  }

  /** This option, shown but not selectable. */
  public Option disabled() {
    return new Option(label, value, true);
  }

  public String label() {
    return label;
  }

  public String value() {
    return value;
  }

  public boolean isDisabled() {
    return disabled;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Option other && label.equals(other.label) && value.equals(other.value)
        && disabled == other.disabled;
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, value, disabled);
  }

  @Override
  public String toString() {
    return "Option[" + label + "=" + value + (disabled ? ", disabled" : "") + "]";
  }
}
