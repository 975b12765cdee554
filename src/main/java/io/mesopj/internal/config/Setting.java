package io.mesopj.internal.config;

import java.util.Objects;
import java.util.function.Function;

/**
 * One named setting: how to parse it, its default and what it does. Instances are
 * immutable constants declared in {@link Settings}.
 *
 * @param <T> the parsed type
 */
public final class Setting<T> {
  private final String name;
  private final String defaultValue;
  private final String allowed;
  private final String description;
  private final boolean secret;
  private final Function<String, T> parser;

  Setting(String name, String defaultValue, String allowed, String description, boolean secret,
      Function<String, T> parser) {
    this.name = Objects.requireNonNull(name);
    this.defaultValue = defaultValue;
    this.allowed = allowed;
    this.description = description;
    this.secret = secret;
    this.parser = parser;
  }

  public String name() {
    return name;
  }

  /** Default as text, or null when the setting has no default (unset). */
  public String defaultValue() {
    return defaultValue;
  }

  /** What values are allowed, for error messages. */
  public String allowed() {
    return allowed;
  }

  public String description() {
    return description;
  }

  /** Secrets are masked when the configuration is logged. */
  public boolean secret() {
    return secret;
  }

  /** Parses a raw value; throws IllegalArgumentException when it is not allowed. */
  T parse(String raw) {
    return parser.apply(raw);
  }

  @Override
  public String toString() {
    return name;
  }
}
