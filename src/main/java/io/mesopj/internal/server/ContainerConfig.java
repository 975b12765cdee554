package io.mesopj.internal.server;

import io.mesopj.internal.config.ConfigSource;
import io.mesopj.internal.config.MesopConfig;
import jakarta.servlet.ServletContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the configuration of a deployed WAR: system properties, environment, context parameters. */
final class ContainerConfig {
  private ContainerConfig() {}

  static MesopConfig load(ServletContext context) {
    Map<String, String> props = new HashMap<>();
    System.getProperties().forEach((k, v) -> props.put(String.valueOf(k), String.valueOf(v)));
    ConfigSource contextParams = new ConfigSource() {
      @Override
      public String name() {
        return "servlet context parameter";
      }

      @Override
      public Optional<String> get(String key) {
        return Optional.ofNullable(context.getInitParameter(key));
      }
    };
    return MesopConfig.load(List.of(ConfigSource.of("system property", props),
        ConfigSource.of("environment", System.getenv()), contextParams));
  }
}
