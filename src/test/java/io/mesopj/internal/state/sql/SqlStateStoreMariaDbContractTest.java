package io.mesopj.internal.state.sql;

import io.mesopj.internal.config.Settings;
import io.mesopj.testsupport.PrivateMariaDb;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The sql store on a private MariaDB server this class starts and stops (needs the
 * mariadb-server package; fails, not skips, without it). Covers the MySQL dialect.
 */
class SqlStateStoreMariaDbContractTest extends SqlStateStoreContract {
  private static PrivateMariaDb mariadb;
  private static String database;

  @BeforeAll
  static void startMariaDb() {
    mariadb = PrivateMariaDb.start();
    database = mariadb.createDatabase("contract");
  }

  @AfterAll
  static void stopMariaDb() {
    if (mariadb != null) {
      mariadb.close();
    }
  }

  @Override
  protected SqlDialect dialect() {
    return SqlDialect.MYSQL;
  }

  @Override
  protected Map<String, String> connectionSettings() {
    return Map.of(Settings.SQL_CONNECTION_URI.name(), mariadb.jdbcUrl(database),
        Settings.SQL_USER.name(), mariadb.user());
  }

  @Override
  protected Connection adminConnection() throws SQLException {
    return DriverManager.getConnection(mariadb.jdbcUrl(database), mariadb.user(), "");
  }
}
