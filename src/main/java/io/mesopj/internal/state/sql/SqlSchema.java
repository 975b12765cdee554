package io.mesopj.internal.state.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The store's table, as DDL for one dialect. The files in {@code sql/} are this output for the
 * default table name plus comments; a test keeps them equal, so the files and
 * {@code MESOPJ_SQL_CREATE_TABLE=true} always create the same schema.
 *
 * <p>Columns: {@code token} (primary key), {@code states} (the opaque session bytes),
 * {@code created_at} (for people reading the table), {@code expires_at} (epoch millis; the sweep
 * walks its index), {@code ttl_millis} (how far each use pushes {@code expires_at} out, so a use
 * that changes nothing still extends the session), {@code lease_until} (epoch millis, 0 = free)
 * and {@code fence} (grows with every lease grant).
 */
public final class SqlSchema {
  /** The table name settings must match (checked again here: it is pasted into SQL). */
  static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,62}");

  /** Every column, in table order; the start-up check selects them all. */
  static final List<String> COLUMNS =
      List.of("token", "states", "created_at", "expires_at", "ttl_millis", "lease_until", "fence");

  private SqlSchema() {}

  /** The statements that create {@code table} and its index, if missing. */
  public static List<String> createStatements(SqlDialect dialect, String table) {
    String t = checkedTable(table);
    StringBuilder create = new StringBuilder();
    create.append("CREATE TABLE IF NOT EXISTS ").append(t).append(" (\n")
        .append("  token ").append(dialect.tokenType()).append(" NOT NULL PRIMARY KEY,\n")
        .append("  states ").append(dialect.bytesType()).append(" NOT NULL,\n")
        .append("  created_at ").append(dialect.timestampType()).append(" NOT NULL,\n")
        .append("  expires_at BIGINT NOT NULL,\n")
        .append("  ttl_millis BIGINT NOT NULL,\n")
        .append("  lease_until BIGINT NOT NULL,\n")
        .append("  fence BIGINT NOT NULL");
    if (dialect.indexInsideTable()) {
      create.append(",\n  INDEX expires_at (expires_at)"); // index names are per table in MySQL
    }
    create.append("\n)").append(dialect.tableOptions());
    List<String> statements = new ArrayList<>();
    statements.add(create.toString());
    if (!dialect.indexInsideTable()) {
      statements.add("CREATE INDEX IF NOT EXISTS " + t + "_expires_at ON " + t + " (expires_at)");
    }
    return statements;
  }

  /** The statements above as one script, each ending with a semicolon. */
  public static String createScript(SqlDialect dialect, String table) {
    StringBuilder sb = new StringBuilder();
    for (String s : createStatements(dialect, table)) {
      sb.append(s).append(";\n");
    }
    return sb.toString();
  }

  /**
   * Splits an SQL script into statements: drops {@code --} comments, splits on semicolons and
   * folds whitespace, so a schema file can be compared with {@link #createStatements} and run.
   */
  public static List<String> parseScript(String script) {
    StringBuilder code = new StringBuilder();
    for (String line : script.split("\r?\n", -1)) {
      int comment = line.indexOf("--");
      code.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
    }
    List<String> statements = new ArrayList<>();
    for (String part : code.toString().split(";")) {
      String s = fold(part);
      if (!s.isEmpty()) {
        statements.add(s);
      }
    }
    return statements;
  }

  /** Whitespace folded to single spaces, for comparing statements. */
  public static String fold(String sql) {
    return sql.strip().replaceAll("\\s+", " ").replace("( ", "(").replace(" )", ")");
  }

  static String checkedTable(String table) {
    if (table == null || !TABLE_NAME.matcher(table).matches()) {
      throw new IllegalArgumentException("Not a usable table name: " + table);
    }
    return table;
  }
}
