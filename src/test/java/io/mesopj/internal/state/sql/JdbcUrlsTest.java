package io.mesopj.internal.state.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JdbcUrlsTest {
  @Test
  void redactionDropsUserInfoAndOptions() {
    assertEquals("jdbc:postgresql://db:5432/app",
        JdbcUrls.redact("jdbc:postgresql://db:5432/app?user=u&password=hunter22"));
    assertEquals("jdbc:mariadb://db/app", JdbcUrls.redact("jdbc:mariadb://u:hunter22@db/app"));
    assertEquals("jdbc:h2:mem:x", JdbcUrls.redact("jdbc:h2:mem:x;USER=sa;PASSWORD=hunter22"));
    assertEquals("jdbc:sqlite:/var/lib/state.db", JdbcUrls.redact("jdbc:sqlite:/var/lib/state.db"));
  }

  @Test
  void secretsInsideAUrlAreFound() {
    List<String> s = JdbcUrls.secretsIn("jdbc:mariadb://u:info-pass@db/app?password=opt-pass&x=1");
    assertTrue(s.contains("info-pass") && s.contains("opt-pass"), s.toString());
    assertTrue(JdbcUrls.secretsIn("jdbc:h2:mem:x;PASSWORD=h2-pass").contains("h2-pass"));
  }

  @Test
  void targetsScrubSecretsFromMessages() {
    SqlTarget t = SqlTarget.ofUrl(SqlDialect.POSTGRESQL, "jdbc:postgresql://db/app?password=opt-pass", "setting-pass");
    String scrubbed = t.scrub("failed for jdbc:postgresql://db/app?password=opt-pass with setting-pass and opt-pass");
    assertFalse(scrubbed.contains("opt-pass") || scrubbed.contains("setting-pass"), scrubbed);
    assertEquals("PostgreSQL at jdbc:postgresql://db/app", t.describe());
  }

  @Test
  void optionsAlreadyInTheUrlAreSeen() {
    assertTrue(JdbcUrls.hasOption("jdbc:postgresql://db/app?socketTimeout=5", "socketTimeout"));
    assertTrue(JdbcUrls.hasOption("jdbc:sqlite:/x.db?busy_timeout=1", "BUSY_TIMEOUT"));
    assertFalse(JdbcUrls.hasOption("jdbc:postgresql://db/app?connectTimeout=5", "socketTimeout"));
  }

  @Test
  void sqliteInMemoryFormsAreRecognised() {
    for (String u : List.of("jdbc:sqlite::memory:", "jdbc:sqlite:", "jdbc:sqlite:file::memory:?cache=shared",
        "jdbc:sqlite:file:x?mode=memory")) {
      assertTrue(JdbcUrls.isSqliteInMemory(u), u);
    }
    assertFalse(JdbcUrls.isSqliteInMemory("jdbc:sqlite:/var/lib/mesop/state.db"));
    assertFalse(JdbcUrls.isSqliteInMemory("jdbc:sqlite:state.db?journal_mode=WAL"));
  }

  @Test
  void dialectsComeFromUrlsAndProductNames() {
    assertEquals(SqlDialect.POSTGRESQL, SqlDialect.fromJdbcUrl("jdbc:postgresql://db/app").orElseThrow());
    assertEquals(SqlDialect.MYSQL, SqlDialect.fromJdbcUrl("jdbc:mariadb://db/app").orElseThrow());
    assertEquals(SqlDialect.H2, SqlDialect.fromJdbcUrl("jdbc:h2:mem:x").orElseThrow());
    assertEquals(SqlDialect.SQLITE, SqlDialect.fromJdbcUrl("JDBC:SQLITE:/x.db").orElseThrow());
    assertTrue(SqlDialect.fromJdbcUrl("jdbc:oracle:thin:@x").isEmpty());
    assertEquals(SqlDialect.MYSQL, SqlDialect.fromProductName("MariaDB").orElseThrow());
    assertEquals(SqlDialect.MYSQL, SqlDialect.fromProductName("MySQL").orElseThrow());
    assertEquals(SqlDialect.POSTGRESQL, SqlDialect.fromProductName("PostgreSQL").orElseThrow());
    assertEquals(SqlDialect.H2, SqlDialect.fromProductName("H2").orElseThrow());
    assertEquals(SqlDialect.SQLITE, SqlDialect.fromProductName("SQLite").orElseThrow());
  }
}
