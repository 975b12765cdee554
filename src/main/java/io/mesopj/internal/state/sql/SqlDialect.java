package io.mesopj.internal.state.sql;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * What differs between the databases the sql store supports: column types, how the lease is
 * read back after it is taken, how expired rows are deleted in batches, and how a timestamp is
 * bound. Everything else is plain SQL shared by all of them (see {@link SqlStatements}).
 */
public enum SqlDialect {
  POSTGRESQL("PostgreSQL", "postgresql", "org.postgresql.Driver", "VARCHAR(23)", "BYTEA",
      "TIMESTAMP(3) WITH TIME ZONE", "", true),
  /** MySQL and MariaDB (one file, one driver: MariaDB Connector/J speaks to both). */
  MYSQL("MySQL/MariaDB", "mysql", "org.mariadb.jdbc.Driver",
      // Tokens are case-sensitive; MySQL's default collations are not.
      "VARCHAR(23) CHARACTER SET ascii COLLATE ascii_bin", "LONGBLOB", "DATETIME(3)", " ENGINE=InnoDB", false),
  H2("H2", "h2", "org.h2.Driver", "VARCHAR(23)", "BLOB", "TIMESTAMP(3) WITH TIME ZONE", "", false),
  /** SQLite has no timestamp type: created_at is UTC text that SQLite's date functions read. */
  SQLITE("SQLite", "sqlite", "org.sqlite.JDBC", "VARCHAR(23)", "BLOB", "TEXT", "", true);

  private static final DateTimeFormatter SQLITE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final String displayName;
  private final String fileName;
  private final String driverClass;
  private final String tokenType;
  private final String bytesType;
  private final String timestampType;
  private final String tableOptions;
  private final boolean updateReturning;

  SqlDialect(String displayName, String fileName, String driverClass, String tokenType, String bytesType,
      String timestampType, String tableOptions, boolean updateReturning) {
    this.displayName = displayName;
    this.fileName = fileName;
    this.driverClass = driverClass;
    this.tokenType = tokenType;
    this.bytesType = bytesType;
    this.timestampType = timestampType;
    this.tableOptions = tableOptions;
    this.updateReturning = updateReturning;
  }

  /** The dialect of a JDBC URL, by its subprotocol. */
  public static Optional<SqlDialect> fromJdbcUrl(String url) {
    String u = url == null ? "" : url.strip().toLowerCase(Locale.ROOT);
    if (u.startsWith("jdbc:postgresql:")) {
      return Optional.of(POSTGRESQL);
    }
    if (u.startsWith("jdbc:mariadb:") || u.startsWith("jdbc:mysql:")) {
      return Optional.of(MYSQL);
    }
    if (u.startsWith("jdbc:h2:")) {
      return Optional.of(H2);
    }
    if (u.startsWith("jdbc:sqlite:")) {
      return Optional.of(SQLITE);
    }
    return Optional.empty();
  }

  /** The dialect of a connected database, by DatabaseMetaData's product name. */
  public static Optional<SqlDialect> fromProductName(String product) {
    String p = product == null ? "" : product.toLowerCase(Locale.ROOT);
    if (p.contains("postgres")) {
      return Optional.of(POSTGRESQL);
    }
    if (p.contains("mysql") || p.contains("mariadb")) {
      return Optional.of(MYSQL);
    }
    if (p.equals("h2")) {
      return Optional.of(H2);
    }
    if (p.contains("sqlite")) {
      return Optional.of(SQLITE);
    }
    return Optional.empty();
  }

  /** For messages, e.g. "PostgreSQL". */
  public String displayName() {
    return displayName;
  }

  /** The schema file for this database: {@code sql/<name>.sql}. */
  public String schemaFile() {
    return "sql/" + fileName + ".sql";
  }

  /** The JDBC driver the pool loads for a URL of this dialect. */
  public String driverClass() {
    return driverClass;
  }

  String tokenType() {
    return tokenType;
  }

  String bytesType() {
    return bytesType;
  }

  String timestampType() {
    return timestampType;
  }

  String tableOptions() {
    return tableOptions;
  }

  /** MySQL cannot say IF NOT EXISTS on CREATE INDEX, so its index is declared in the table. */
  boolean indexInsideTable() {
    return this == MYSQL;
  }

  /**
   * True when the lease can be taken and read in one statement ({@code UPDATE ... RETURNING});
   * otherwise the UPDATE and the read share a transaction, so no one can re-take the lease between.
   */
  boolean updateReturning() {
    return updateReturning;
  }

  /**
   * {@code table} as the target of an UPDATE by token. MySQL/MariaDB may pick the expires_at
   * index for {@code expires_at > ?} on a small table; locking index entries before the row (while
   * a commit locks the row, then the index) deadlocks. The primary key is always the right path.
   */
  String updateByToken(String table) {
    return this == MYSQL ? table + " FORCE INDEX (PRIMARY)" : table;
  }

  /** MySQL has DELETE ... LIMIT but refuses LIMIT in a subquery of the table being deleted from. */
  boolean deleteWithLimit() {
    return this == MYSQL;
  }

  /** The value bound for created_at: UTC, in the form each driver maps to the column type. */
  Object timestamp(Instant at) {
    switch (this) {
      case MYSQL:
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC); // DATETIME has no zone: we store UTC
      case SQLITE:
        return SQLITE_TIME.format(at);
      default:
        return at.atOffset(ZoneOffset.UTC);
    }
  }
}
