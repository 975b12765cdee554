package io.mesopj.internal.state.sql;

import com.zaxxer.hikari.HikariDataSource;
import io.mesopj.internal.config.ConfigException;
import io.mesopj.internal.config.MesopConfig;
import io.mesopj.internal.config.Settings;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Builds the sql store from configuration: a connection pool of its own from
 * MESOP_STATE_SESSION_BACKEND_SQL_CONNECTION_URI (with MESOPJ_SQL_USER / MESOPJ_SQL_PASSWORD), or
 * the container's DataSource named by MESOPJ_SQL_DATASOURCE. Everything is checked before the
 * first request (connection, credentials, table, privileges) and each problem is reported as a
 * ConfigException that names the setting to fix.
 */
public final class SqlStores {
  private static final Logger LOG = Logger.getLogger(SqlStores.class.getName());

  private SqlStores() {}

  /**
   * The configured sql store, checked and ready.
   *
   * @param jndiLookup finds a DataSource by JNDI name; in a container pass {@link #jndi()}
   */
  public static SqlStateStore fromConfig(MesopConfig config, Clock clock, Function<String, DataSource> jndiLookup) {
    return fromConfig(config, clock, jndiLookup, SqlStatements.DEFAULT_SWEEP_BATCH);
  }

  /** As above, with the sweep's batch size (tests use a small one). */
  static SqlStateStore fromConfig(MesopConfig config, Clock clock, Function<String, DataSource> jndiLookup,
      int sweepBatch) {
    String url = blankToNull(config.get(Settings.SQL_CONNECTION_URI));
    String jndiName = blankToNull(config.get(Settings.SQL_DATASOURCE));
    String table = config.get(Settings.SQL_TABLE);
    boolean create = config.get(Settings.SQL_CREATE_TABLE);
    if (url != null && jndiName != null) {
      throw new ConfigException("Set either " + Settings.SQL_CONNECTION_URI.name() + " (a JDBC URL) or "
          + Settings.SQL_DATASOURCE.name() + " (a container DataSource), not both.");
    }
    if (url == null && jndiName == null) {
      throw new ConfigException("The sql state store needs " + Settings.SQL_CONNECTION_URI.name() + " (a JDBC URL"
          + " such as jdbc:postgresql://db:5432/app) or " + Settings.SQL_DATASOURCE.name()
          + " (a JNDI name such as java:comp/env/jdbc/mesop).");
    }
    return jndiName != null ? fromJndi(jndiName, jndiLookup, table, create, clock, sweepBatch)
        : fromUrl(url, config.get(Settings.SQL_USER), config.get(Settings.SQL_PASSWORD), table, create, clock,
            sweepBatch);
  }

  /** Looks a DataSource up in the container's JNDI tree (e.g. java:comp/env/jdbc/mesop). */
  public static Function<String, DataSource> jndi() {
    return name -> {
      try {
        Object found = new InitialContext().lookup(name);
        if (!(found instanceof DataSource)) {
          throw new IllegalStateException("the object bound there is "
              + (found == null ? "null" : "a " + found.getClass().getName()) + ", not a javax.sql.DataSource");
        }
        return (DataSource) found;
      } catch (NamingException e) {
        throw new IllegalStateException(e.toString(), e);
      }
    };
  }

  private static SqlStateStore fromUrl(String url, String user, String password, String table, boolean create,
      Clock clock, int sweepBatch) {
    String uriSetting = Settings.SQL_CONNECTION_URI.name();
    SqlDialect dialect = SqlDialect.fromJdbcUrl(url).orElseThrow(() -> new ConfigException(uriSetting + "="
        + JdbcUrls.redact(url) + " is not a JDBC URL of a supported database: use jdbc:postgresql://...,"
        + " jdbc:mariadb://... (MySQL and MariaDB), jdbc:h2:... or jdbc:sqlite:<file>."));
    SqlTarget target = SqlTarget.ofUrl(dialect, url, password);
    if (dialect == SqlDialect.SQLITE && JdbcUrls.isSqliteInMemory(url)) {
      throw new ConfigException(uriSetting + "=" + JdbcUrls.redact(url) + " opens an in-memory SQLite database;"
          + " the sql store needs a file that every connection shares, e.g. jdbc:sqlite:/var/lib/mesop/state.db.");
    }
    if (url.strip().toLowerCase(Locale.ROOT).startsWith("jdbc:mysql:")) {
      throw new ConfigException(uriSetting + "=" + JdbcUrls.redact(url) + ": write it as jdbc:mariadb://..."
          + " (the MariaDB driver shipped in the WAR talks to MySQL too).");
    }
    requireDriver(dialect, uriSetting);
    HikariDataSource pool;
    try {
      pool = SqlPools.open(url, user, password, dialect);
    } catch (RuntimeException e) {
      throw connectProblem(e, target, user);
    }
    String userSetting = user != null ? Settings.SQL_USER.name() : uriSetting;
    SqlStateStore store = check(pool, target, table, create, userSetting, clock, sweepBatch, pool,
        e -> connectProblem(e, target, user));
    LOG.info("sql state store: " + target.describe() + ", table " + table);
    return store;
  }

  private static SqlStateStore fromJndi(String name, Function<String, DataSource> lookup, String table,
      boolean create, Clock clock, int sweepBatch) {
    String setting = Settings.SQL_DATASOURCE.name() + "=" + name;
    DataSource ds;
    try {
      ds = lookup.apply(name);
    } catch (RuntimeException e) {
      throw new ConfigException(setting + ": no DataSource is bound under this JNDI name (" + e.getMessage()
          + "). Declare it in the container (e.g. a <Resource> in context.xml) or fix the name.");
    }
    if (ds == null) {
      throw new ConfigException(setting + ": no DataSource is bound under this JNDI name. Declare it in the"
          + " container (e.g. a <Resource> in context.xml) or fix the name.");
    }
    SqlDialect dialect;
    // The dialect is not known before connecting; this target only serves to word the failure.
    SqlTarget unknown = new SqlTarget(SqlDialect.POSTGRESQL, "the DataSource " + name, List.of());
    try (Connection c = ds.getConnection()) {
      String product = c.getMetaData().getDatabaseProductName();
      dialect = SqlDialect.fromProductName(product).orElseThrow(() -> new ConfigException(setting
          + " connects to " + product + ", which the sql store does not support (PostgreSQL, MySQL, MariaDB, H2,"
          + " SQLite)."));
    } catch (SQLException | RuntimeException e) {
      if (e instanceof ConfigException) {
        throw (ConfigException) e;
      }
      throw jndiConnectProblem(e, unknown, setting);
    }
    SqlTarget target = new SqlTarget(dialect, "the DataSource " + name, List.of());
    SqlStateStore store = check(ds, target, table, create, Settings.SQL_DATASOURCE.name(), clock, sweepBatch, null,
        e -> jndiConnectProblem(e, target, setting));
    LOG.info("sql state store: " + target.describe() + ", table " + table);
    return store;
  }

  /** Runs the start-up checks and makes the store; closes {@code owned} if anything fails. */
  private static SqlStateStore check(DataSource ds, SqlTarget target, String table, boolean create,
      String userSetting, Clock clock, int sweepBatch, AutoCloseable owned,
      Function<RuntimeException, ConfigException> connectProblem) {
    try {
      new SqlStartupCheck(target, table, create, userSetting, clock).run(SqlStateStore.jdbi(ds));
      return new SqlStateStore(ds, table, clock, target, owned, sweepBatch);
    } catch (ConfigException e) {
      closeQuietly(owned);
      throw e;
    } catch (RuntimeException e) {
      closeQuietly(owned);
      throw connectProblem.apply(e);
    }
  }

  /** A failure to connect through our own pool, naming the URL or credential settings. */
  private static ConfigException connectProblem(Throwable e, SqlTarget target, String user) {
    String uri = Settings.SQL_CONNECTION_URI.name();
    String reason = SqlErrors.reason(e, target);
    if (SqlErrors.badCredentials(e)) {
      return new ConfigException(target.describe() + " refused the user name or password"
          + (user != null ? " (user '" + target.scrub(user) + "')" : "") + ": " + reason + ". Check "
          + Settings.SQL_USER.name() + " and " + Settings.SQL_PASSWORD.name() + " (or the credentials in " + uri
          + ").");
    }
    if (SqlErrors.unknownDatabase(e)) {
      return new ConfigException("The database named in " + uri + " does not exist (" + target.describe() + "): "
          + reason + ". Create it, or fix the URL.");
    }
    if (target.dialect() == SqlDialect.SQLITE) {
      return new ConfigException("Cannot open the SQLite file of " + uri + " (" + target.describe() + "): " + reason
          + ". The file's folder must exist and be writable by the server.");
    }
    if (SqlErrors.unreachable(e)) {
      return new ConfigException("Cannot reach the database of " + uri + " (" + target.describe() + "): " + reason
          + ". Check the host and port in the URL and that the database is running.");
    }
    return new ConfigException("Could not connect to the database of " + uri + " (" + target.describe() + "): "
        + reason + ". Check the URL.");
  }

  private static ConfigException jndiConnectProblem(Throwable e, SqlTarget target, String setting) {
    return new ConfigException(setting + ": could not use a connection from this DataSource: "
        + SqlErrors.reason(e, target) + ". Check the resource's URL, user and password in the container's"
        + " configuration (e.g. context.xml).");
  }

  /** The driver must be on the class path; SQLite's is not shipped in the WAR. */
  private static void requireDriver(SqlDialect dialect, String setting) {
    String name = dialect.driverClass();
    ClassLoader[] loaders = {Thread.currentThread().getContextClassLoader(), SqlStores.class.getClassLoader()};
    for (ClassLoader loader : loaders) {
      try {
        Class.forName(name, false, loader);
        return;
      } catch (ClassNotFoundException | RuntimeException e) {
        // Try the next loader.
      }
    }
    throw new ConfigException(setting + " asks for " + dialect.displayName() + ", but its JDBC driver (" + name
        + ") is not on the class path. Add it to the web application (WEB-INF/lib)"
        + (dialect == SqlDialect.SQLITE ? ": org.xerial:sqlite-jdbc." : "."));
  }

  private static void closeQuietly(AutoCloseable c) {
    if (c != null) {
      try {
        c.close();
      } catch (Exception e) {
        // Start-up is failing already; the first error is the one to report.
      }
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
