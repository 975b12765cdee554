package io.mesopj.internal.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code .env} file: {@code KEY=value} lines, {@code #} comments, optional
 * {@code export } prefix, single or double quotes around the value.
 */
public final class DotEnvFile {
  private DotEnvFile() {}

  /** The file's settings, or an empty source if the file does not exist. */
  public static ConfigSource load(Path file) {
    if (!Files.isRegularFile(file)) {
      return ConfigSource.of(file + " (absent)", Map.of());
    }
    try {
      return ConfigSource.of(file.toString(), parse(Files.readAllLines(file, StandardCharsets.UTF_8), file));
    } catch (IOException e) {
      throw new ConfigException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  static Map<String, String> parse(List<String> lines, Path file) {
    Map<String, String> values = new LinkedHashMap<>();
    int lineNo = 0;
    for (String raw : lines) {
      lineNo++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("export ")) {
        line = line.substring("export ".length()).strip();
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        throw new ConfigException(file + ":" + lineNo + ": expected KEY=value but found '" + raw + "'");
      }
      String key = line.substring(0, eq).strip();
      String value = line.substring(eq + 1).strip();
      if (value.length() >= 2
          && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
        value = value.substring(1, value.length() - 1);
      } else {
        int comment = value.indexOf(" #");
        if (comment >= 0) {
          value = value.substring(0, comment).strip();
        }
      }
      values.put(key, value);
    }
    return values;
  }
}
