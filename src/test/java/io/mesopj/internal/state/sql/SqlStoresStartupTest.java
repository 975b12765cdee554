package io.mesopj.internal.state.sql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.mesopj.internal.config.ConfigException;
import io.mesopj.internal.config.MesopConfig;
import io.mesopj.internal.config.Settings;
import io.mesopj.internal.state.AcquireResult;
import io.mesopj.internal.state.ManualClock;
import io.mesopj.testsupport.EmbeddedPostgresDb;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up problems become ConfigExceptions that name the setting to fix, and never show a
 * password. Runs against a real PostgreSQL that asks every role but the superuser for its
 * password, plus SQLite files and JNDI lookups.
 */
class SqlStoresStartupTest {
  private static final String URI = Settings.SQL_CONNECTION_URI.name();
  private static final String USER = Settings.SQL_USER.name();
  private static final String PASSWORD = Settings.SQL_PASSWORD.name();
  private static final String TABLE = Settings.SQL_TABLE.name();
  private static final String CREATE = Settings.SQL_CREATE_TABLE.name();
  private static final String DATASOURCE = Settings.SQL_DATASOURCE.name();
  private static final String APP_PASSWORD = "app-Secret-4711";
  private static final Function<String, DataSource> NO_JNDI = name -> {
    throw new IllegalStateException("no JNDI here");
  };

  private static EmbeddedPostgresDb pg;
  private static String url;

  @TempDir
  Path folder;

  @BeforeAll
  static void startPostgres() {
    pg = EmbeddedPostgresDb.start();
    pg.createDatabase("app");
    url = pg.jdbcUrl("app");
    pg.execute("app",
        SqlSchema.createStatements(SqlDialect.POSTGRESQL, "mesop_state_session").toArray(new String[0]));
    pg.execute("app",
        "CREATE ROLE mesop_app LOGIN PASSWORD '" + APP_PASSWORD + "'",
        "GRANT SELECT, INSERT, UPDATE, DELETE ON mesop_state_session TO mesop_app",
        "CREATE ROLE reader LOGIN PASSWORD 'reader-Secret-1'",
        "GRANT SELECT ON mesop_state_session TO reader",
        // Mesop's own (Python) table: right name, wrong shape.
        "CREATE TABLE mesop_python (token VARCHAR(23) PRIMARY KEY, states BYTEA NOT NULL,"
            + " created_at TIMESTAMP NOT NULL)");
  }

  @AfterAll
  static void stopPostgres() {
    pg.close();
  }

  private static Map<String, String> app() {
    Map<String, String> s = new HashMap<>();
    s.put(URI, url);
    s.put(USER, "mesop_app");
    s.put(PASSWORD, APP_PASSWORD);
    return s;
  }

  private static ConfigException startFails(Map<String, String> settings) {
    return startFails(settings, NO_JNDI);
  }

  private static ConfigException startFails(Map<String, String> settings, Function<String, DataSource> jndi) {
    ConfigException e = assertThrows(ConfigException.class,
        () -> SqlStores.fromConfig(MesopConfig.of(settings), new ManualClock(), jndi).close());
    assertFalse(e.getMessage().contains(APP_PASSWORD), e.getMessage());
    for (Throwable c = e; c != null; c = c.getCause()) {
      assertFalse(String.valueOf(c.getMessage()).contains(APP_PASSWORD), "cause shows the password: " + c);
    }
    return e;
  }

  private static void assertMentions(ConfigException e, String... parts) {
    for (String part : parts) {
      assertTrue(e.getMessage().contains(part), "'" + part + "' missing from: " + e.getMessage());
    }
  }

  @Test
  void theRightSettingsGiveAWorkingStore() {
    ManualClock clock = new ManualClock();
    try (SqlStateStore store = SqlStores.fromConfig(MesopConfig.of(app()), clock, NO_JNDI)) {
      String token = "startupTokenAAAAAAAAAA";
      store.create(token, new byte[] {7}, clock.instant().plusSeconds(60));
      assertArrayEquals(new byte[] {7}, store.tryAcquire(token, Duration.ofSeconds(30)).lease().record());
      store.delete(token);
      store.checkReady();
    }
  }

  @Test
  void aPortWithoutADatabaseNamesTheUrl() throws Exception {
    int unused;
    try (ServerSocket s = new ServerSocket(0)) {
      unused = s.getLocalPort();
    }
    Map<String, String> s = app();
    s.put(URI, "jdbc:postgresql://127.0.0.1:" + unused + "/app");
    long start = System.nanoTime();
    ConfigException e = startFails(s);
    assertMentions(e, URI, "127.0.0.1:" + unused, "Cannot reach");
    assertTrue(System.nanoTime() - start < 10_000_000_000L, "fails fast");
  }

  @Test
  void aMissingDatabaseNamesTheUrl() {
    Map<String, String> s = app();
    s.put(URI, pg.jdbcUrl("no_such_db"));
    assertMentions(startFails(s), URI, "does not exist");
  }

  @Test
  void aWrongPasswordNamesTheCredentialSettingsWithoutShowingIt() {
    Map<String, String> s = app();
    s.put(PASSWORD, "wrong-Secret-0815");
    ConfigException e = startFails(s);
    assertMentions(e, USER, PASSWORD, "mesop_app");
    assertFalse(e.getMessage().contains("wrong-Secret-0815"), e.getMessage());
  }

  @Test
  void aPasswordInsideTheUrlNeverShows() {
    Map<String, String> s = new HashMap<>();
    s.put(URI, url + "?user=mesop_app&password=wrong-Secret-0815");
    ConfigException e = startFails(s);
    assertMentions(e, URI);
    assertFalse(e.getMessage().contains("wrong-Secret-0815"), e.getMessage());
    for (Throwable c = e; c != null; c = c.getCause()) {
      assertFalse(String.valueOf(c.getMessage()).contains("wrong-Secret-0815"), c.toString());
    }
  }

  @Test
  void aMissingTableNamesTheTableSettingTheSchemaFileAndCreateTable() {
    Map<String, String> s = app();
    s.put(TABLE, "no_such_table");
    assertMentions(startFails(s), "no_such_table", TABLE, "sql/postgresql.sql", CREATE + "=true");
  }

  @Test
  void createTableMakesAMissingTable() {
    Map<String, String> s = app();
    s.put(USER, "postgres"); // the app user may not create tables; the owner may
    s.remove(PASSWORD);
    s.put(TABLE, "made_at_startup");
    s.put(CREATE, "true");
    ManualClock clock = new ManualClock();
    try (SqlStateStore store = SqlStores.fromConfig(MesopConfig.of(s), clock, NO_JNDI)) {
      store.create("createdTableAAAAAAAAAA", new byte[] {1}, clock.instant().plusSeconds(60));
      assertEquals(AcquireResult.Status.GRANTED, store.tryAcquire("createdTableAAAAAAAAAA", Duration.ofSeconds(1))
          .status());
    }
  }

  @Test
  void createTableWithoutTheRightToCreateNamesTheProblem() {
    Map<String, String> s = app();
    s.put(TABLE, "not_allowed_here");
    s.put(CREATE, "true");
    pg.execute("app", "REVOKE CREATE ON SCHEMA public FROM PUBLIC");
    assertMentions(startFails(s), "not_allowed_here", CREATE, "sql/postgresql.sql");
  }

  @Test
  void aTableOfAnotherShapeIsNamed() {
    Map<String, String> s = app();
    s.put(USER, "postgres");
    s.remove(PASSWORD);
    s.put(TABLE, "mesop_python");
    assertMentions(startFails(s), "mesop_python", TABLE, "lease_until");
  }

  @Test
  void aUserWhoMayOnlySelectIsToldWhichPrivilegeIsMissing() {
    Map<String, String> s = app();
    s.put(USER, "reader");
    s.put(PASSWORD, "reader-Secret-1");
    ConfigException e = startFails(s);
    assertMentions(e, "reader", USER, "INSERT privilege", "mesop_state_session", "GRANT");
    assertFalse(e.getMessage().contains("reader-Secret-1"), e.getMessage());
  }

  @Test
  void theProbeLeavesNoRowBehind() throws Exception {
    SqlStores.fromConfig(MesopConfig.of(app()), new ManualClock(), NO_JNDI).close();
    try (var c = pg.superuser("app").getConnection(); var st = c.createStatement();
        var rs = st.executeQuery("SELECT count(*) FROM mesop_state_session WHERE token LIKE 'mesopj.probe.%'")) {
      rs.next();
      assertEquals(0, rs.getInt(1));
    }
  }

  @Test
  void anAbsentJndiNameNamesTheDataSourceSetting() {
    Map<String, String> s = Map.of(DATASOURCE, "java:comp/env/jdbc/none");
    // The real lookup: no container here, so no JNDI name is bound.
    assertMentions(startFails(s, SqlStores.jndi()), DATASOURCE, "java:comp/env/jdbc/none");
    assertMentions(startFails(s, name -> null), DATASOURCE, "java:comp/env/jdbc/none");
  }

  @Test
  void aContainerDataSourceIsUsedAndLeftOpen() {
    HikariConfig hc = new HikariConfig();
    hc.setJdbcUrl(url);
    hc.setUsername("mesop_app");
    hc.setPassword(APP_PASSWORD);
    try (HikariDataSource container = new HikariDataSource(hc)) {
      ManualClock clock = new ManualClock();
      Map<String, String> s = Map.of(DATASOURCE, "java:comp/env/jdbc/mesop");
      SqlStateStore store = SqlStores.fromConfig(MesopConfig.of(s), clock,
          name -> name.equals("java:comp/env/jdbc/mesop") ? container : null);
      assertEquals(SqlDialect.POSTGRESQL, store.dialect());
      store.create("jndiTokenAAAAAAAAAAAAA", new byte[] {3}, clock.instant().plusSeconds(60));
      assertEquals(AcquireResult.Status.GRANTED, store.tryAcquire("jndiTokenAAAAAAAAAAAAA", Duration.ofSeconds(1))
          .status());
      store.close();
      assertFalse(container.isClosed(), "the container owns its DataSource");
    }
  }

  @Test
  void aContainerDataSourceThatDefaultsToManualCommitStillSaves() throws Exception {
    HikariConfig hc = new HikariConfig();
    hc.setJdbcUrl(url);
    hc.setUsername("mesop_app");
    hc.setPassword(APP_PASSWORD);
    hc.setAutoCommit(false); // as some container pools are configured
    try (HikariDataSource container = new HikariDataSource(hc);
        SqlStateStore store = SqlStores.fromConfig(MesopConfig.of(Map.of(DATASOURCE, "jdbc/mesop")),
            new ManualClock(), name -> container)) {
      store.create("manualCommitAAAAAAAAAA", new byte[] {5}, new ManualClock().instant().plusSeconds(60));
      try (var c = pg.superuser("app").getConnection(); var st = c.createStatement();
          var rs = st.executeQuery("SELECT count(*) FROM mesop_state_session WHERE token = 'manualCommitAAAAAAAAAA'")) {
        rs.next();
        assertEquals(1, rs.getInt(1), "the insert was committed");
      }
    }
  }

  @Test
  void aUrlAndADataSourceTogetherAreRefused() {
    Map<String, String> s = app();
    s.put(DATASOURCE, "java:comp/env/jdbc/mesop");
    assertMentions(startFails(s), URI, DATASOURCE);
  }

  @Test
  void anUnsupportedUrlNamesTheUrl() {
    assertMentions(startFails(Map.of(URI, "jdbc:oracle:thin:@db:1521:x")), URI, "jdbc:postgresql");
    assertMentions(startFails(Map.of(URI, "jdbc:mysql://db:3306/app")), URI, "jdbc:mariadb:");
  }

  @Test
  void sqliteInMemoryIsRefused() {
    for (String memory : new String[] {"jdbc:sqlite::memory:", "jdbc:sqlite:", "jdbc:sqlite:file::memory:?cache=shared",
        "jdbc:sqlite:file:state?mode=memory&cache=shared"}) {
      assertMentions(startFails(Map.of(URI, memory)), URI, "in-memory");
    }
  }

  @Test
  void aSqliteFileInAMissingFolderNamesTheUrl() {
    String bad = "jdbc:sqlite:" + folder.resolve("missing/folder/state.db");
    assertMentions(startFails(Map.of(URI, bad)), URI);
  }

  @Test
  void aSqliteFileIsCreatedWithItsTableWhenAsked() {
    Map<String, String> s = Map.of(URI, "jdbc:sqlite:" + folder.resolve("state.db"), CREATE, "true");
    ManualClock clock = new ManualClock();
    try (SqlStateStore store = SqlStores.fromConfig(MesopConfig.of(s), clock, NO_JNDI)) {
      store.create("sqliteTokenAAAAAAAAAAA", new byte[] {1}, clock.instant().plusSeconds(60));
      assertEquals(AcquireResult.Status.GRANTED, store.tryAcquire("sqliteTokenAAAAAAAAAAA", Duration.ofSeconds(1))
          .status());
    }
  }
}
