package io.mesopj.internal.config;

import java.util.Map;
import java.util.Optional;

/** One place settings come from (system properties, environment, context params, .env). */
public interface ConfigSource {
  /** Human-readable name used in error messages, e.g. "environment". */
  String name();

  Optional<String> get(String key);

  /** A source backed by an immutable copy of a map. */
  static ConfigSource of(String name, Map<String, String> values) {
    Map<String, String> copy = Map.copyOf(values);
    return new ConfigSource() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Optional<String> get(String key) {
        return Optional.ofNullable(copy.get(key));
      }
    };
  }
}
