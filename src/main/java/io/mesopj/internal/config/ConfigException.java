package io.mesopj.internal.config;

/** A setting has an invalid value; the message names the setting, its source and what is allowed. */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
