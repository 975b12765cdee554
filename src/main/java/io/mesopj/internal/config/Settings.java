package io.mesopj.internal.config;

import java.time.Duration;
import java.util.List;

/**
 * Every setting mesopj reads. Names starting with {@code MESOP_} follow Mesop's configuration
 * spec; {@code MESOPJ_} names are mesopj's own.
 */
public final class Settings {
  private Settings() {}

  public static final Setting<String> STATIC_FOLDER = new Setting<>("MESOP_STATIC_FOLDER", null,
      "a relative path such as static or ./static/assets (not absolute, not . or ..)",
      "Folder of static files, relative to MESOP_APP_BASE_PATH. Unset: no static files.", false,
      Parsers::text);
  public static final Setting<String> STATIC_URL_PATH = new Setting<>("MESOP_STATIC_URL_PATH", "/static",
      "a URL path starting with /, e.g. /assets",
      "URL path the static folder is served under (only used when MESOP_STATIC_FOLDER is set).", false,
      Parsers::text);
  public static final Setting<String> APP_BASE_PATH = new Setting<>("MESOP_APP_BASE_PATH", null,
      "an absolute path to an existing directory",
      "Base directory for relative paths (static folder, .env). Default: the working directory.", false,
      Parsers::text);
  public static final Setting<StateBackend> STATE_BACKEND = new Setting<>("MESOP_STATE_SESSION_BACKEND", "none",
      "none, memory, file, sql or firestore",
      "Where session state is kept. none = sealed in the client.", false,
      raw -> Parsers.enumValue(StateBackend.class, raw));
  public static final Setting<String> FILE_BASE_DIR = new Setting<>("MESOP_STATE_SESSION_BACKEND_FILE_BASE_DIR", null,
      "a writable directory",
      "Directory of the file store (one file per session); may be shared by several JVMs.", false,
      Parsers::text);
  public static final Setting<String> SQL_CONNECTION_URI = new Setting<>(
      "MESOP_STATE_SESSION_BACKEND_SQL_CONNECTION_URI", null,
      "a JDBC URL (jdbc:postgresql://..., jdbc:mariadb://..., jdbc:h2:..., jdbc:sqlite:...)",
      "JDBC URL of the sql store (or use MESOPJ_SQL_DATASOURCE).", false, Parsers::text);
  public static final Setting<String> SQL_TABLE = new Setting<>("MESOP_STATE_SESSION_BACKEND_SQL_TABLE",
      "mesop_state_session", "an SQL identifier: letters, digits and _, starting with a letter",
      "Table of the sql store.", false, Parsers::text);
  public static final Setting<String> SQL_USER = new Setting<>("MESOPJ_SQL_USER", null, "a user name",
      "Database user for MESOP_STATE_SESSION_BACKEND_SQL_CONNECTION_URI.", false, Parsers::text);
  public static final Setting<String> SQL_PASSWORD = new Setting<>("MESOPJ_SQL_PASSWORD", null, "a password",
      "Database password for MESOP_STATE_SESSION_BACKEND_SQL_CONNECTION_URI.", true, raw -> raw);
  public static final Setting<String> SQL_DATASOURCE = new Setting<>("MESOPJ_SQL_DATASOURCE", null,
      "a JNDI name such as java:comp/env/jdbc/mesop",
      "Container-managed DataSource for the sql store, instead of a JDBC URL.", false, Parsers::text);
  public static final Setting<Boolean> SQL_CREATE_TABLE = new Setting<>("MESOPJ_SQL_CREATE_TABLE", "false",
      "true or false", "Create the sql store's table at start-up if it is missing.", false, Parsers::bool);
  public static final Setting<String> FIRESTORE_COLLECTION = new Setting<>(
      "MESOP_STATE_SESSION_BACKEND_FIRESTORE_COLLECTION", "mesop_state_sessions",
      "a Firestore collection id", "Collection of the firestore store.", false, Parsers::text);
  public static final Setting<String> FIRESTORE_PROJECT = new Setting<>("MESOPJ_FIRESTORE_PROJECT", null,
      "a GCP project id", "GCP project of the firestore store. Default: from Application Default Credentials.",
      false, Parsers::text);
  public static final Setting<Boolean> CONCURRENT_UPDATES = new Setting<>("MESOP_CONCURRENT_UPDATES_ENABLED",
      "false", "true or false",
      "Let events of one session run concurrently (each still applies to the latest state).", false,
      Parsers::bool);
  public static final Setting<Boolean> WEB_SOCKETS = new Setting<>("MESOP_WEB_SOCKETS_ENABLED", "false",
      "true or false", "Use WebSocket instead of SSE for UI updates; implies concurrent updates.", false,
      Parsers::bool);
  public static final Setting<List<String>> SEALING_KEYS = new Setting<>("MESOPJ_SEALING_KEY", null,
      "one or more comma-separated secrets of at least 32 characters (the first seals, all open)",
      "Key for client-held state (backend none). Unset: a random key per JVM (single node only).", true,
      Parsers::list);
  public static final Setting<Duration> SESSION_TTL = new Setting<>("MESOPJ_SESSION_TTL", "10m",
      "a duration such as 10m, 600s or PT10M", "Sessions expire this long after their last use.", false,
      Parsers::duration);
  public static final Setting<Long> UPLOAD_MAX_BYTES = new Setting<>("MESOPJ_UPLOAD_MAX_BYTES", "10MB",
      "a size such as 10MB, 512k or 1048576", "Largest file an uploader accepts.", false, Parsers::byteSize);
  public static final Setting<Boolean> DEV_MODE = new Setting<>("MESOPJ_DEV_MODE", "false", "true or false",
      "Show Java stack traces in the browser. Never in production.", false, Parsers::bool);
  public static final Setting<List<String>> ALLOWED_ORIGINS = new Setting<>("MESOPJ_ALLOWED_ORIGINS", "",
      "comma-separated origins such as https://app.example.com",
      "Origins allowed to call the UI endpoint besides the request's own.", false, Parsers::list);
  public static final Setting<Integer> HANDLER_THREADS = new Setting<>("MESOPJ_HANDLER_THREADS", "200",
      "a positive whole number",
      "Most handlers running at once (platform threads; Java 21+ uses virtual threads).", false,
      Parsers::positiveInt);
  public static final Setting<Duration> LEASE_TIME = new Setting<>("MESOPJ_LEASE_TIME", "30s",
      "a duration such as 30s", "How long a node holds a session without renewing it.", false,
      Parsers::duration);
  public static final Setting<Duration> SESSION_WAIT = new Setting<>("MESOPJ_SESSION_WAIT", "30s",
      "a duration such as 30s", "How long an event waits for a busy session before a retryable 503.", false,
      Parsers::duration);
  public static final Setting<Integer> MEMORY_MAX_SESSIONS = new Setting<>("MESOPJ_MEMORY_MAX_SESSIONS", "100000",
      "a positive whole number", "Most sessions the memory store keeps (least recently used go first).", false,
      Parsers::positiveInt);
  public static final Setting<Long> MEMORY_MAX_BYTES = new Setting<>("MESOPJ_MEMORY_MAX_BYTES", "256MB",
      "a size such as 256MB", "Most bytes of state the memory store keeps.", false, Parsers::byteSize);
  public static final Setting<Long> MAX_STATE_BYTES = new Setting<>("MESOPJ_MAX_STATE_BYTES", "4MB",
      "a size such as 4MB", "Largest serialized state of one session.", false, Parsers::byteSize);

  /** All settings, in documentation order. */
  public static final List<Setting<?>> ALL = List.of(STATIC_FOLDER, STATIC_URL_PATH, APP_BASE_PATH,
      STATE_BACKEND, FILE_BASE_DIR, SQL_CONNECTION_URI, SQL_TABLE, SQL_USER, SQL_PASSWORD, SQL_DATASOURCE,
      SQL_CREATE_TABLE, FIRESTORE_COLLECTION, FIRESTORE_PROJECT, CONCURRENT_UPDATES, WEB_SOCKETS,
      SEALING_KEYS, SESSION_TTL, UPLOAD_MAX_BYTES, DEV_MODE, ALLOWED_ORIGINS, HANDLER_THREADS, LEASE_TIME,
      SESSION_WAIT, MEMORY_MAX_SESSIONS, MEMORY_MAX_BYTES, MAX_STATE_BYTES);
}
