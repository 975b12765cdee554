package io.mesopj.internal.state.sql;

import io.mesopj.internal.config.Settings;
import io.mesopj.testsupport.EmbeddedPostgresDb;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The sql store on a real PostgreSQL (embedded binaries), one server for this class. */
class SqlStateStorePostgresContractTest extends SqlStateStoreContract {
  private static EmbeddedPostgresDb pg;
  private static String database;

  @BeforeAll
  static void startPostgres() {
    pg = EmbeddedPostgresDb.start();
    database = pg.createDatabase("contract");
  }

  @AfterAll
  static void stopPostgres() {
    pg.close();
  }

  @Override
  protected SqlDialect dialect() {
    return SqlDialect.POSTGRESQL;
  }

  @Override
  protected Map<String, String> connectionSettings() {
    return Map.of(Settings.SQL_CONNECTION_URI.name(), pg.jdbcUrl(database), Settings.SQL_USER.name(), "postgres");
  }

  @Override
  protected Connection adminConnection() throws SQLException {
    return pg.superuser(database).getConnection();
  }
}
