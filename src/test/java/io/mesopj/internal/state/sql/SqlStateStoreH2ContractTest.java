package io.mesopj.internal.state.sql;

import io.mesopj.internal.config.Settings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The sql store on H2, an in-memory database kept open for this class (DB_CLOSE_DELAY=-1), so
 * two stores with their own pools share it like two nodes.
 */
class SqlStateStoreH2ContractTest extends SqlStateStoreContract {
  private static final String URL = "jdbc:h2:mem:mesopj_contract;DB_CLOSE_DELAY=-1";

  @BeforeAll
  static void openDatabase() throws SQLException {
    DriverManager.getConnection(URL).close();
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    }
  }

  @Override
  protected SqlDialect dialect() {
    return SqlDialect.H2;
  }

  @Override
  protected Map<String, String> connectionSettings() {
    return Map.of(Settings.SQL_CONNECTION_URI.name(), URL);
  }

  @Override
  protected Connection adminConnection() throws SQLException {
    return DriverManager.getConnection(URL);
  }
}
