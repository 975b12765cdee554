package io.mesopj.internal.state.sql;

import io.mesopj.internal.config.Settings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sql store on a SQLite file in a temporary folder. The two "nodes" are two stores with
 * their own connection pools on the same file, writing concurrently (WAL, busy timeout).
 */
class SqlStateStoreSqliteContractTest extends SqlStateStoreContract {
  @TempDir
  static Path folder;

  private static String url() {
    return "jdbc:sqlite:" + folder.resolve("state.db");
  }

  @Override
  protected SqlDialect dialect() {
    return SqlDialect.SQLITE;
  }

  @Override
  protected Map<String, String> connectionSettings() {
    return Map.of(Settings.SQL_CONNECTION_URI.name(), url());
  }

  @Override
  protected Connection adminConnection() throws SQLException {
    return DriverManager.getConnection(url());
  }
}
