package io.mesopj.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MesopConfigTest {
  @TempDir
  Path base;

  private MesopConfig load(Map<String, String> high, Map<String, String> low) {
    Map<String, String> withBase = new java.util.HashMap<>(low);
    withBase.putIfAbsent("MESOP_APP_BASE_PATH", base.toString());
    return MesopConfig.load(List.of(ConfigSource.of("system property", high),
        ConfigSource.of("servlet context parameter", withBase)));
  }

  @Test
  void defaultsMatchMesop() {
    MesopConfig c = load(Map.of(), Map.of());
    assertEquals(StateBackend.NONE, c.backend());
    assertEquals("/static", c.get(Settings.STATIC_URL_PATH));
    assertEquals("mesop_state_session", c.get(Settings.SQL_TABLE));
    assertEquals("mesop_state_sessions", c.get(Settings.FIRESTORE_COLLECTION));
    assertEquals(Duration.ofMinutes(10), c.get(Settings.SESSION_TTL));
    assertFalse(c.devMode());
    assertFalse(c.concurrentUpdates());
    assertTrue(c.staticFolder().isEmpty());
    assertNull(c.get(Settings.SEALING_KEYS));
    assertEquals("default", c.sourceOf(Settings.SESSION_TTL));
  }

  @Test
  void higherSourcesWin() throws IOException {
    Files.writeString(base.resolve(".env"), "MESOPJ_SESSION_TTL=3m\nMESOPJ_DEV_MODE=true\n"
        + "MESOP_STATE_SESSION_BACKEND=memory\n");
    MesopConfig c = load(Map.of("MESOPJ_SESSION_TTL", "90s"), Map.of("MESOPJ_DEV_MODE", "false"));
    assertEquals(Duration.ofSeconds(90), c.get(Settings.SESSION_TTL));
    assertEquals("system property", c.sourceOf(Settings.SESSION_TTL));
    assertFalse(c.devMode(), "context parameter beats .env");
    assertEquals(StateBackend.MEMORY, c.backend(), ".env beats the default");
    assertTrue(c.sourceOf(Settings.STATE_BACKEND).endsWith(".env"));
  }

  @Test
  void webSocketsImplyConcurrentUpdatesUnlessSetExplicitly() {
    assertTrue(load(Map.of("MESOP_WEB_SOCKETS_ENABLED", "true"), Map.of()).concurrentUpdates());
    assertFalse(load(Map.of("MESOP_WEB_SOCKETS_ENABLED", "true", "MESOP_CONCURRENT_UPDATES_ENABLED", "false"),
        Map.of()).concurrentUpdates());
    assertTrue(load(Map.of("MESOP_CONCURRENT_UPDATES_ENABLED", "true"), Map.of()).concurrentUpdates());
  }

  @Test
  void invalidValuesNameTheSettingSourceAndWhatIsAllowed() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> load(Map.of(), Map.of("MESOPJ_SESSION_TTL", "soon")));
    assertTrue(e.getMessage().contains("MESOPJ_SESSION_TTL='soon' (from servlet context parameter)"), e.getMessage());
    assertTrue(e.getMessage().contains("Allowed: a duration"), e.getMessage());

    e = assertThrows(ConfigException.class, () -> load(Map.of("MESOP_STATE_SESSION_BACKEND", "redis"), Map.of()));
    assertTrue(e.getMessage().contains("none, memory, file, sql or firestore"), e.getMessage());

    e = assertThrows(ConfigException.class, () -> load(Map.of("MESOPJ_SEALING_KEY", "short"), Map.of()));
    assertTrue(e.getMessage().contains("MESOPJ_SEALING_KEY=***"), "secrets are masked: " + e.getMessage());

    e = assertThrows(ConfigException.class,
        () -> load(Map.of("MESOP_STATE_SESSION_BACKEND_SQL_TABLE", "x; drop table y"), Map.of()));
    assertTrue(e.getMessage().contains("not a valid table name"), e.getMessage());

    e = assertThrows(ConfigException.class, () -> load(Map.of("MESOP_STATE_SESSION_BACKEND", "file"), Map.of()));
    assertTrue(e.getMessage().contains("MESOP_STATE_SESSION_BACKEND_FILE_BASE_DIR must be set"), e.getMessage());

    e = assertThrows(ConfigException.class, () -> load(Map.of("MESOPJ_DEV_MODE", "maybe"), Map.of()));
    assertTrue(e.getMessage().contains("true or false"), e.getMessage());
  }

  @Test
  void appBasePathMustBeAbsoluteAndExist() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> load(Map.of("MESOP_APP_BASE_PATH", "relative/dir"), Map.of()));
    assertTrue(e.getMessage().contains("must be an absolute path"), e.getMessage());
    e = assertThrows(ConfigException.class,
        () -> load(Map.of("MESOP_APP_BASE_PATH", base.resolve("missing").toString()), Map.of()));
    assertTrue(e.getMessage().contains("not an existing directory"), e.getMessage());
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({"static, static", "static/, static", "static/assets, static/assets",
      "./static, static", "./static/, static", "./static/assets, static/assets"})
  void staticFolderExamplesFromTheSpecResolveUnderTheBasePath(String value, String expected) {
    MesopConfig c = load(Map.of("MESOP_STATIC_FOLDER", value), Map.of());
    assertEquals(base.resolve(expected), c.staticFolder().orElseThrow());
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"/absolute/path", ".", "./", "..", "../", "static/../..",
      "a/../"})
  void staticFolderInvalidExamplesFromTheSpecAreRefused(String value) {
    ConfigException e = assertThrows(ConfigException.class,
        () -> load(Map.of("MESOP_STATIC_FOLDER", value), Map.of()));
    assertTrue(e.getMessage().startsWith("MESOP_STATIC_FOLDER='" + value + "' (from system property)"), e.getMessage());
  }

  @Test
  void staticUrlPathMustBeAPath() {
    for (String bad : new String[] {"assets", "/", "/a/../b", "/a\\b"}) {
      ConfigException e = assertThrows(ConfigException.class,
          () -> load(Map.of("MESOP_STATIC_URL_PATH", bad), Map.of()));
      assertTrue(e.getMessage().contains("MESOP_STATIC_URL_PATH"), e.getMessage());
    }
  }

  @Test
  void describeMasksPasswordsInsideUrls() {
    String text = load(Map.of("MESOP_STATE_SESSION_BACKEND_SQL_CONNECTION_URI",
        "jdbc:postgresql://db:5432/app?user=u&password=hunter2&ssl=true"), Map.of()).describe();
    assertFalse(text.contains("hunter2"), text);
    assertTrue(text.contains("password=***&ssl=true"), text);
    assertEquals("jdbc:mariadb://u:***@h/db", MesopConfig.maskUrlSecrets("jdbc:mariadb://u:pw@h/db"));
  }

  @Test
  void describeMasksSecrets() {
    String text = load(Map.of("MESOPJ_SEALING_KEY", "s".repeat(40)), Map.of()).describe();
    assertFalse(text.contains("ssss"), text);
    assertTrue(text.contains("MESOPJ_SEALING_KEY = ***"), text);
  }
}
