package io.mesopj.internal.state.sql;

import io.mesopj.internal.config.ConfigException;
import io.mesopj.internal.config.Settings;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.Argument;

/**
 * What start-up checks once the database answers: the table exists with the store's columns
 * (or is created, when MESOPJ_SQL_CREATE_TABLE=true) and the user may SELECT, INSERT, UPDATE
 * and DELETE in it. Writes are probed in a transaction that is rolled back, so a node starting
 * beside running ones changes nothing. Each failure is a ConfigException naming what to fix.
 */
final class SqlStartupCheck {
  private final SqlTarget target;
  private final String table;
  private final boolean createTable;
  /** Which setting supplies the user, for messages ("MESOPJ_SQL_USER", ...). */
  private final String userSetting;
  private final SqlStatements sql;
  private final Clock clock;

  SqlStartupCheck(SqlTarget target, String table, boolean createTable, String userSetting, Clock clock) {
    this.target = target;
    this.table = table;
    this.createTable = createTable;
    this.userSetting = userSetting;
    this.sql = new SqlStatements(target.dialect(), table, SqlStatements.DEFAULT_SWEEP_BATCH);
    this.clock = clock;
  }

  /** Runs the checks on one connection; SQLExceptions that are not about the table propagate. */
  void run(Jdbi jdbi) {
    jdbi.useHandle(h -> {
      if (target.dialect() == SqlDialect.SQLITE) {
        // Persistent in the file: also applies when the connections come from a container's DataSource.
        h.createQuery("PRAGMA journal_mode=WAL").mapTo(String.class).findOne();
      }
      SQLException selectFailure = trySelect(h);
      if (selectFailure != null && SqlErrors.missingTable(selectFailure) && createTable) {
        createTable(h);
        selectFailure = trySelect(h);
      }
      if (selectFailure != null) {
        throw selectProblem(selectFailure, h);
      }
      probeWrites(h);
    });
  }

  private SQLException trySelect(Handle h) {
    try {
      h.createQuery(sql.selectAll).bind(0, "").mapToMap().findOne();
      return null;
    } catch (RuntimeException e) {
      SQLException s = SqlErrors.firstSql(e);
      if (s == null || SqlErrors.unreachable(e)) {
        throw e;
      }
      return s;
    }
  }

  private void createTable(Handle h) {
    for (String statement : SqlSchema.createStatements(target.dialect(), table)) {
      try {
        h.execute(statement);
      } catch (RuntimeException e) {
        SQLException s = SqlErrors.firstSql(e);
        if (s == null || SqlErrors.unreachable(e)) {
          throw e;
        }
        if (SqlErrors.alreadyExists(s) && trySelect(h) == null) {
          // Another node created it at the same moment: PostgreSQL's IF NOT EXISTS does not guard
          // against two creators at once, the loser fails on the catalog's unique index.
          continue;
        }
        throw new ConfigException("Could not create the table " + table + " (" + Settings.SQL_CREATE_TABLE.name()
            + "=true) in " + target.describe() + ": " + SqlErrors.reason(e, target) + ". "
            + (SqlErrors.privilege(s) ? "The database user " + user(h) + " may not create tables. " : "")
            + "Create it with " + target.dialect().schemaFile() + " as a user that may, then start again.");
      }
    }
  }

  private ConfigException selectProblem(SQLException e, Handle h) {
    String setting = Settings.SQL_TABLE.name() + "=" + table;
    String file = target.dialect().schemaFile();
    if (SqlErrors.missingTable(e)) {
      return new ConfigException("The sql store's table " + table + " (" + setting + ") does not exist in "
          + target.describe() + ". Create it with " + file + (table.equals(Settings.SQL_TABLE.defaultValue()) ? ""
          : " (replace mesop_state_session with " + table + ")") + ", or set " + Settings.SQL_CREATE_TABLE.name()
          + "=true to have it created at start-up.");
    }
    if (SqlErrors.missingColumn(e)) {
      return new ConfigException("The table " + table + " (" + setting + ") in " + target.describe()
          + " lacks columns the sql store needs (" + String.join(", ", SqlSchema.COLUMNS) + "): "
          + SqlErrors.reason(e, target) + ". It may have been made for another schema (Mesop's own has only"
          + " token, states, created_at); give mesopj its own table, made with " + file + ".");
    }
    if (SqlErrors.privilege(e)) {
      return missingPrivilege("SELECT", e, h);
    }
    return new ConfigException("Could not read the sql store's table " + table + " (" + setting + ") in "
        + target.describe() + ": " + SqlErrors.reason(e, target) + ".");
  }

  /** INSERT, UPDATE and DELETE a probe row inside a transaction that is always rolled back. */
  private void probeWrites(Handle h) {
    String probe = probeToken();
    String step = "INSERT";
    h.begin();
    try {
      Instant now = clock.instant();
      Object createdAt = target.dialect().timestamp(now);
      h.createUpdate(sql.insert).bind(0, probe).bind(1, new byte[] {0})
          .bind(2, (Argument) (pos, st, ctx) -> st.setObject(pos, createdAt))
          .bind(3, now.toEpochMilli()).bind(4, 0L).execute();
      step = "UPDATE";
      h.createUpdate(sql.probeUpdate).bind(0, probe).execute();
      step = "DELETE";
      h.createUpdate(sql.delete).bind(0, probe).execute();
    } catch (RuntimeException e) {
      SQLException s = SqlErrors.firstSql(e);
      if (s == null || SqlErrors.unreachable(e)) {
        throw e;
      }
      throw SqlErrors.privilege(s) ? missingPrivilege(step, s, h)
          : new ConfigException("The sql store's test " + step + " on table " + table + " ("
              + Settings.SQL_TABLE.name() + ") in " + target.describe() + " failed: " + SqlErrors.reason(s, target)
              + ". Is the table made with " + target.dialect().schemaFile() + "?");
    } finally {
      try {
        h.rollback();
      } catch (RuntimeException ignored) {
        // The connection is being given back anyway; the pool resets it.
      }
    }
  }

  private ConfigException missingPrivilege(String privilege, SQLException e, Handle h) {
    if (target.dialect() == SqlDialect.SQLITE) {
      return new ConfigException("The SQLite database " + target.describe() + " (" + Settings.SQL_CONNECTION_URI.name()
          + ") cannot be written: " + SqlErrors.reason(e, target) + ". The file and its folder must be writable"
          + " by the server.");
    }
    String user = user(h);
    return new ConfigException("The database user " + user + " (" + userSetting + ") lacks the " + privilege
        + " privilege on table " + table + " (" + Settings.SQL_TABLE.name() + ") in " + target.describe() + ": "
        + SqlErrors.reason(e, target) + ". Grant it: GRANT SELECT, INSERT, UPDATE, DELETE ON " + table + " TO "
        + user + ";");
  }

  private String user(Handle h) {
    try {
      String name = h.getConnection().getMetaData().getUserName();
      if (name != null && !name.isBlank()) {
        int at = name.indexOf('@'); // MySQL reports user@host
        return target.scrub(at > 0 ? name.substring(0, at) : name);
      }
    } catch (SQLException | RuntimeException e) {
      // Only for the message.
    }
    return "(unknown)";
  }

  /** A row key no session can have: real tokens are 22 base64url characters, without dots. */
  private static String probeToken() {
    SecureRandom r = new SecureRandom();
    return "mesopj.probe." + String.format("%010x", r.nextLong() & 0xff_ffff_ffffL); // 23 characters
  }
}
