package io.mesopj.internal.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The application's configuration: built once at start-up from several sources (highest
 * first: system properties, environment, servlet context parameters, the {@code .env} file
 * in the app base path, defaults) and immutable afterwards.
 */
public final class MesopConfig {
  private static final Pattern SQL_IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,62}");

  private final Map<Setting<?>, Object> values;
  private final Map<Setting<?>, String> sources;

  private MesopConfig(Map<Setting<?>, Object> values, Map<Setting<?>, String> sources) {
    this.values = Collections.unmodifiableMap(values);
    this.sources = Collections.unmodifiableMap(sources);
  }

  /**
   * Resolves every setting from {@code sources} (highest priority first), then the {@code .env}
   * file in the app base path, then defaults. Throws ConfigException naming the first invalid setting.
   */
  public static MesopConfig load(List<ConfigSource> sources) {
    List<ConfigSource> all = new ArrayList<>(sources);
    Path base = resolveAppBasePath(all);
    all.add(DotEnvFile.load(base.resolve(".env")));
    Map<Setting<?>, Object> values = new LinkedHashMap<>();
    Map<Setting<?>, String> origin = new LinkedHashMap<>();
    for (Setting<?> setting : Settings.ALL) {
      resolve(setting, all, values, origin);
    }
    MesopConfig config = new MesopConfig(values, origin);
    config.validate();
    return config;
  }

  /** A configuration from one map (plus .env and defaults); handy for tests and embedding. */
  public static MesopConfig of(Map<String, String> settings) {
    return load(List.of(ConfigSource.of("given settings", settings)));
  }

  private static Path resolveAppBasePath(List<ConfigSource> sources) {
    for (ConfigSource source : sources) {
      Optional<String> raw = source.get(Settings.APP_BASE_PATH.name());
      if (raw.isPresent() && !raw.get().isBlank()) {
        Path p = Paths.get(raw.get().strip());
        String where = Settings.APP_BASE_PATH.name() + "=" + raw.get() + " (from " + source.name() + ")";
        if (!p.isAbsolute()) {
          throw new ConfigException(where + " must be an absolute path.");
        }
        if (!Files.isDirectory(p)) {
          throw new ConfigException(where + " is not an existing directory.");
        }
        return p.normalize();
      }
    }
    return Paths.get("").toAbsolutePath();
  }

  private static void resolve(Setting<?> setting, List<ConfigSource> sources, Map<Setting<?>, Object> values,
      Map<Setting<?>, String> origin) {
    for (ConfigSource source : sources) {
      Optional<String> raw = source.get(setting.name());
      if (raw.isPresent()) {
        values.put(setting, parse(setting, raw.get(), source.name()));
        origin.put(setting, source.name());
        return;
      }
    }
    if (setting.defaultValue() != null) {
      values.put(setting, parse(setting, setting.defaultValue(), "default"));
      origin.put(setting, "default");
    } else {
      origin.put(setting, "unset");
    }
  }

  private static Object parse(Setting<?> setting, String raw, String sourceName) {
    try {
      return setting.parse(raw);
    } catch (RuntimeException e) {
      String shown = setting.secret() ? "***" : "'" + raw + "'";
      throw new ConfigException(setting.name() + "=" + shown + " (from " + sourceName + ") is invalid: "
          + e.getMessage() + ". Allowed: " + setting.allowed() + ".");
    }
  }

  private ConfigException invalid(Setting<?> setting, String problem) {
    String shown = setting.secret() ? "***" : "'" + values.get(setting) + "'";
    return new ConfigException(setting.name() + "=" + shown + " (from " + sources.get(setting) + ") " + problem
        + ". Allowed: " + setting.allowed() + ".");
  }

  private void validate() {
    String urlPath = get(Settings.STATIC_URL_PATH);
    if (!urlPath.startsWith("/") || urlPath.contains("..") || urlPath.contains("\\") || urlPath.equals("/")) {
      throw invalid(Settings.STATIC_URL_PATH, "is not a usable URL path");
    }
    staticFolder();
    if (!SQL_IDENTIFIER.matcher(get(Settings.SQL_TABLE)).matches()) {
      throw invalid(Settings.SQL_TABLE, "is not a valid table name");
    }
    for (String key : get(Settings.SEALING_KEYS) == null ? List.<String>of() : get(Settings.SEALING_KEYS)) {
      if (key.length() < 32) {
        throw invalid(Settings.SEALING_KEYS, "has a key shorter than 32 characters");
      }
    }
    for (String origin : get(Settings.ALLOWED_ORIGINS)) {
      if (!origin.matches("https?://[A-Za-z0-9.\\-\\[\\]:]+")) {
        throw invalid(Settings.ALLOWED_ORIGINS, "has '" + origin + "', which is not an origin");
      }
    }
    switch (backend()) {
      case FILE:
        if (get(Settings.FILE_BASE_DIR) == null) {
          throw new ConfigException(Settings.FILE_BASE_DIR.name() + " must be set when "
              + Settings.STATE_BACKEND.name() + "=file.");
        }
        break;
      case SQL:
        if (get(Settings.SQL_CONNECTION_URI) == null && get(Settings.SQL_DATASOURCE) == null) {
          throw new ConfigException("Set " + Settings.SQL_CONNECTION_URI.name() + " (a JDBC URL) or "
              + Settings.SQL_DATASOURCE.name() + " (a JNDI DataSource) when " + Settings.STATE_BACKEND.name()
              + "=sql.");
        }
        break;
      default:
        break;
    }
  }

  /** The value of a setting, or null when it has no value and no default. */
  @SuppressWarnings("unchecked")
  public <T> T get(Setting<T> setting) {
    return (T) values.get(setting);
  }

  /** Where a setting's value came from: a source name, "default" or "unset". */
  public String sourceOf(Setting<?> setting) {
    return sources.get(setting);
  }

  public boolean devMode() {
    return get(Settings.DEV_MODE);
  }

  public StateBackend backend() {
    return get(Settings.STATE_BACKEND);
  }

  /**
   * True when events of one session may overlap. Web sockets turn it on, as in Mesop, unless
   * MESOP_CONCURRENT_UPDATES_ENABLED is set explicitly (then that value wins).
   */
  public boolean concurrentUpdates() {
    boolean explicit = !"default".equals(sourceOf(Settings.CONCURRENT_UPDATES));
    return explicit ? get(Settings.CONCURRENT_UPDATES) : get(Settings.WEB_SOCKETS);
  }

  public Path appBasePath() {
    String raw = get(Settings.APP_BASE_PATH);
    return raw == null || raw.isBlank() ? Paths.get("").toAbsolutePath() : Paths.get(raw).normalize();
  }

  /**
   * The static folder, resolved against the app base path, when MESOP_STATIC_FOLDER is set.
   * Follows Mesop's rules: relative only, and never the base path itself or above it.
   */
  public Optional<Path> staticFolder() {
    String raw = get(Settings.STATIC_FOLDER);
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    if (raw.startsWith("/") || raw.startsWith("\\") || Paths.get(raw).isAbsolute()) {
      throw invalid(Settings.STATIC_FOLDER, "is an absolute path");
    }
    Path relative = Paths.get(raw).normalize();
    String normalized = relative.toString();
    if (normalized.isEmpty() || normalized.equals(".") || normalized.startsWith("..") || raw.contains("\0")) {
      throw invalid(Settings.STATIC_FOLDER, "does not name a folder inside the app base path");
    }
    return Optional.of(appBasePath().resolve(relative));
  }

  /** Hides passwords inside URLs (user:password@host, password=... parameters). */
  static String maskUrlSecrets(String value) {
    return value.replaceAll("(?i)((?:password|pwd|secret|token)=)[^&;,\\s]*", "$1***")
        .replaceAll("(//[^/:@\\s]+:)[^@/\\s]*@", "$1***@");
  }

  /** One line per setting with its value and source; secrets are masked. */
  public String describe() {
    StringBuilder sb = new StringBuilder("mesopj configuration:");
    for (Setting<?> setting : Settings.ALL) {
      Object value = values.get(setting);
      String shown = value == null ? "(unset)" : setting.secret() ? "***" : maskUrlSecrets(String.valueOf(value));
      sb.append("\n  ").append(setting.name()).append(" = ").append(shown)
          .append("  [").append(sources.get(setting)).append(']');
    }
    return sb.toString();
  }
}
