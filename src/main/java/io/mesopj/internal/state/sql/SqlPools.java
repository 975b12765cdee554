package io.mesopj.internal.state.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;

/**
 * The connection pool the sql store makes from a JDBC URL. Small, and quick to give up: during a
 * database outage a request waits at most {@link #CONNECTION_TIMEOUT} for a connection and then
 * fails with a retryable error, instead of piling up; when the database is back the pool opens
 * new connections by itself.
 */
final class SqlPools {
  static final Duration CONNECTION_TIMEOUT = Duration.ofMillis(2500);
  private static final int MAX_CONNECTIONS = 10;
  /** SQLite has one writer at a time; more connections only wait on each other's locks. */
  private static final int MAX_SQLITE_CONNECTIONS = 4;
  /** How long SQLite waits for another connection's (or node's) write lock before SQLITE_BUSY. */
  static final int SQLITE_BUSY_TIMEOUT_MS = 5000;

  private SqlPools() {}

  /**
   * Opens a pool; throws what HikariCP throws if the first connection fails (the caller turns
   * it into a ConfigException naming the setting to fix).
   */
  static HikariDataSource open(String url, String user, String password, SqlDialect dialect) {
    HikariConfig c = new HikariConfig();
    c.setPoolName("mesopj-sql");
    c.setJdbcUrl(url);
    c.setDriverClassName(dialect.driverClass());
    if (user != null) {
      c.setUsername(user);
    }
    if (password != null) {
      c.setPassword(password);
    }
    int max = dialect == SqlDialect.SQLITE ? MAX_SQLITE_CONNECTIONS : MAX_CONNECTIONS;
    c.setMaximumPoolSize(max);
    c.setMinimumIdle(Math.min(2, max));
    c.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
    c.setValidationTimeout(1000);
    c.setInitializationFailTimeout(1); // the first connection must work: a bad URL fails start-up, not requests
    switch (dialect) {
      case POSTGRESQL:
        option(c, url, "connectTimeout", "3"); // seconds
        option(c, url, "socketTimeout", "30"); // a statement stuck longer than a lease is of no use
        option(c, url, "tcpKeepAlive", "true");
        option(c, url, "logServerErrorDetail", "false"); // keeps row values (tokens) out of messages
        option(c, url, "ApplicationName", "mesopj");
        break;
      case MYSQL:
        option(c, url, "connectTimeout", "3000"); // milliseconds
        option(c, url, "socketTimeout", "30000");
        option(c, url, "tcpKeepAlive", "true");
        break;
      case SQLITE:
        // WAL: readers never block the writer; busy_timeout: a writer waits for the lock
        // (other connections, other nodes on the same file) instead of failing at once.
        option(c, url, "journal_mode", "WAL");
        option(c, url, "busy_timeout", Integer.toString(SQLITE_BUSY_TIMEOUT_MS));
        break;
      default:
        break;
    }
    return new HikariDataSource(c);
  }

  /** Sets a driver property unless the URL already chose a value. */
  private static void option(HikariConfig c, String url, String name, String value) {
    if (!JdbcUrls.hasOption(url, name)) {
      c.addDataSourceProperty(name, value);
    }
  }
}
