package io.mesopj.internal.state.sql;

import io.mesopj.internal.state.StoreException;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import java.util.Locale;

/**
 * Sorts database failures. An unreachable database (SQLState class 08, a server shutting down, a
 * pool that could not connect in time) and a busy one (lock or statement timeout, deadlock) are
 * retryable: the runtime answers 503 and the client tries again. Anything else (a missing table,
 * a value too large) is not. Messages name the database but never a password or a raw URL.
 */
final class SqlErrors {
  private static final int MAX_CHAIN = 16;

  private SqlErrors() {}

  /** The StoreException for a failure of {@code action} (e.g. "commit a session"). */
  static StoreException toStoreException(String action, Throwable t, SqlTarget target) {
    Throwable cause = target.safeCause(t instanceof RuntimeException && firstSql(t) != null ? firstSql(t) : t);
    if (unreachable(t)) {
      return new StoreException("The sql state store cannot reach its database (" + target.describe() + ") to "
          + action + ": " + reason(t, target) + ". It reconnects by itself when the database is back.", true, cause);
    }
    if (busy(t)) {
      return new StoreException("The sql state store's database (" + target.describe() + ") was too busy to "
          + action + ": " + reason(t, target) + ".", true, cause);
    }
    return new StoreException("The sql state store could not " + action + " (" + target.describe() + "): "
        + reason(t, target) + ".", false, cause);
  }

  /** The database cannot be reached now (or is shutting down); trying again later may work. */
  static boolean unreachable(Throwable t) {
    int n = 0;
    for (Throwable c = t; c != null && n < MAX_CHAIN; c = c.getCause(), n++) {
      if (c instanceof ConnectException || c instanceof NoRouteToHostException || c instanceof UnknownHostException
          || c instanceof SocketTimeoutException || c instanceof SocketException || c instanceof EOFException
          || c instanceof SQLNonTransientConnectionException || c instanceof SQLRecoverableException) {
        return true;
      }
      if (c instanceof SQLTransientConnectionException && !poolExhausted(c)) {
        return true;
      }
      if (c instanceof SQLException) {
        SQLException e = (SQLException) c;
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P0")) { // 57P0x: PostgreSQL shutting down or starting
          return true;
        }
        int code = e.getErrorCode();
        if (isH2(e) && (code == 90067 || code == 90098 || code == 90121)) { // connection broken, database closed
          return true;
        }
        if (isSqlite(e) && (code & 0xff) == 14) { // SQLITE_CANTOPEN
          return true;
        }
      }
    }
    return false;
  }

  /** The database is reachable but could not serve this now (locks, timeouts, no free connection). */
  static boolean busy(Throwable t) {
    int n = 0;
    for (Throwable c = t; c != null && n < MAX_CHAIN; c = c.getCause(), n++) {
      if (c instanceof SQLTransientException) {
        return true;
      }
      if (c instanceof SQLException) {
        SQLException e = (SQLException) c;
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        int code = e.getErrorCode();
        if (state.startsWith("40") || state.startsWith("53") || state.equals("55P03") || state.startsWith("HYT")
            || state.equals("57014")) { // rollback/deadlock, resources, lock not available, timeouts, cancelled
          return true;
        }
        if (isSqlite(e) && ((code & 0xff) == 5 || (code & 0xff) == 6)) { // SQLITE_BUSY, SQLITE_LOCKED
          return true;
        }
        if (isH2(e) && code == 50200) { // lock timeout
          return true;
        }
        if (code == 1205 || code == 1213) { // MySQL/MariaDB lock wait timeout, deadlock
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The database chose this statement as a deadlock victim and rolled it back: running it again
   * is safe (each store call is one statement or one transaction) and usually succeeds.
   */
  static boolean deadlock(Throwable t) {
    SQLException e = firstSql(t);
    if (e == null) {
      return false;
    }
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    return state.equals("40001") || state.equals("40P01") || e.getErrorCode() == 1213;
  }

  /** The first SQLException in the cause chain, or null. */
  static SQLException firstSql(Throwable t) {
    int n = 0;
    for (Throwable c = t; c != null && n < MAX_CHAIN; c = c.getCause(), n++) {
      if (c instanceof SQLException) {
        return (SQLException) c;
      }
    }
    return null;
  }

  /** A short reason: the SQLState and the driver's message (scrubbed), plus its cause's message. */
  static String reason(Throwable t, SqlTarget target) {
    SQLException e = firstSql(t);
    Throwable main = e != null ? e : t;
    StringBuilder sb = new StringBuilder();
    if (e != null && e.getSQLState() != null) {
      sb.append("SQLState ").append(e.getSQLState()).append(", ");
    }
    sb.append(message(main));
    Throwable cause = main.getCause();
    if (cause != null && cause != main && cause.getMessage() != null
        && !message(main).contains(cause.getMessage())) {
      sb.append(" (").append(message(cause)).append(')');
    }
    return target.scrub(sb.toString().strip());
  }

  /** The table does not exist. */
  static boolean missingTable(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    return state.equals("42P01") || state.equals("42S02") || state.equals("42S03") || state.equals("42S04")
        || e.getErrorCode() == 1146 || lower(e).contains("no such table");
  }

  /**
   * Creating an object failed because it exists by now: duplicate table or object, or (PostgreSQL)
   * a unique violation in the catalog when two {@code CREATE ... IF NOT EXISTS} run at once.
   */
  static boolean alreadyExists(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    return state.equals("23505") || state.equals("42P07") || state.equals("42710") || state.equals("42S01")
        || e.getErrorCode() == 1050;
  }

  /** A column of the table does not exist (a table made for another schema, e.g. Mesop's own). */
  static boolean missingColumn(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    return state.equals("42703") || state.equals("42S22") || e.getErrorCode() == 1054 || e.getErrorCode() == 42122
        || lower(e).contains("no such column");
  }

  /** The user may not do this (or, for SQLite, the file is read-only). */
  static boolean privilege(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    int code = e.getErrorCode();
    return state.equals("42501") || code == 1142 || code == 1143 || code == 1044 || code == 90096
        || (isSqlite(e) && ((code & 0xff) == 8 || (code & 0xff) == 23)) // SQLITE_READONLY, SQLITE_AUTH
        || lower(e).contains("permission denied") || lower(e).contains("command denied");
  }

  /** The database refused the user name or password. */
  static boolean badCredentials(Throwable t) {
    int n = 0;
    for (Throwable c = t; c != null && n < MAX_CHAIN; c = c.getCause(), n++) {
      if (c instanceof SQLException) {
        SQLException e = (SQLException) c;
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("28") || e.getErrorCode() == 1045 || e.getErrorCode() == 28000) {
          return true;
        }
      }
    }
    return false;
  }

  /** The database named in the URL does not exist. */
  static boolean unknownDatabase(Throwable t) {
    int n = 0;
    for (Throwable c = t; c != null && n < MAX_CHAIN; c = c.getCause(), n++) {
      if (c instanceof SQLException) {
        SQLException e = (SQLException) c;
        if ("3D000".equals(e.getSQLState()) || e.getErrorCode() == 1049 || e.getErrorCode() == 90146) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean poolExhausted(Throwable t) {
    // HikariCP's "Connection is not available" carries the last connection failure as its cause
    // when the database is down; without one, every connection was simply in use.
    String m = t.getMessage() == null ? "" : t.getMessage();
    return m.contains("Connection is not available") && t.getCause() == null;
  }

  private static boolean isH2(SQLException e) {
    return e.getClass().getName().startsWith("org.h2.");
  }

  private static boolean isSqlite(SQLException e) {
    return e.getClass().getName().startsWith("org.sqlite.");
  }

  private static String lower(Throwable t) {
    return t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
  }

  private static String message(Throwable t) {
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m.strip();
  }
}
