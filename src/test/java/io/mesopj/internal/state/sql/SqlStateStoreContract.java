package io.mesopj.internal.state.sql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mesopj.internal.config.MesopConfig;
import io.mesopj.internal.config.Settings;
import io.mesopj.internal.state.AcquireResult;
import io.mesopj.internal.state.FencedOffException;
import io.mesopj.internal.state.Lease;
import io.mesopj.internal.state.ManualClock;
import io.mesopj.internal.state.StateStore;
import io.mesopj.internal.state.StateStoreContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The store contract plus what is particular to the sql store, run against one real database
 * per subclass. Every test gets a table of its own (made by the store's create-if-missing);
 * the "second node" is a second store, with its own pool, over the same table.
 */
abstract class SqlStateStoreContract extends StateStoreContract {
  /** Small, so the batched sweep is exercised with a few hundred rows. */
  static final int SWEEP_BATCH = 50;

  private final SecureRandom random = new SecureRandom();
  private String table;

  /** The database under test. */
  protected abstract SqlDialect dialect();

  /** Settings that reach the test database (URL, user); the table settings are added. */
  protected abstract Map<String, String> connectionSettings();

  /** A connection to the test database as its administrator. */
  protected abstract Connection adminConnection() throws SQLException;

  @Override
  protected StateStore openStore(Clock clock) {
    table = "s_" + Long.toHexString(random.nextLong() & Long.MAX_VALUE);
    return open(clock, table, true);
  }

  @Override
  protected StateStore openSecondNode(StateStore first, Clock clock) {
    return open(clock, table, false);
  }

  /** A store on {@code table} through {@link SqlStores#fromConfig} (so start-up checks run too). */
  protected final SqlStateStore open(Clock clock, String table, boolean createTable) {
    Map<String, String> settings = new HashMap<>(connectionSettings());
    settings.put(Settings.SQL_TABLE.name(), table);
    settings.put(Settings.SQL_CREATE_TABLE.name(), Boolean.toString(createTable));
    return SqlStores.fromConfig(MesopConfig.of(settings), clock, name -> null, SWEEP_BATCH);
  }

  @Test
  void aUseThatChangesNothingStillExtendsTheSession() {
    ManualClock clock = new ManualClock();
    StateStore store = store(clock);
    String t = token();
    store.create(t, new byte[] {1}, clock.instant().plus(Duration.ofMinutes(1)));
    clock.advance(Duration.ofSeconds(50));
    store.release(store.tryAcquire(t, LEASE).lease());
    clock.advance(Duration.ofSeconds(50)); // 100 s after creation, 50 s after the last use
    assertEquals(0, store.sweepExpired(clock.instant()));
    assertEquals(AcquireResult.Status.GRANTED, store.tryAcquire(t, LEASE).status());
  }

  @Test
  void aReleasedLeaseCannotCommit() {
    ManualClock clock = new ManualClock();
    StateStore store = store(clock);
    String t = token();
    store.create(t, new byte[] {1}, clock.instant().plus(TTL));
    Lease lease = store.tryAcquire(t, LEASE).lease();
    store.release(lease);
    assertThrows(FencedOffException.class, () -> store.commit(lease, new byte[] {2}, clock.instant().plus(TTL)));
    assertArrayEquals(new byte[] {1}, store.tryAcquire(t, LEASE).lease().record());
  }

  @Test
  void theSweepDeletesALargeBacklogInBatches() {
    ManualClock clock = new ManualClock();
    StateStore store = store(clock);
    int expired = SWEEP_BATCH * 3 + 7;
    for (int i = 0; i < expired; i++) {
      store.create(token(), new byte[] {1}, clock.instant().plus(Duration.ofMinutes(1)));
    }
    String live = token();
    store.create(live, new byte[] {2}, clock.instant().plus(Duration.ofMinutes(30)));
    clock.advance(Duration.ofMinutes(2));
    assertEquals(expired, store.sweepExpired(clock.instant()));
    assertEquals(0, store.sweepExpired(clock.instant()));
    assertEquals(AcquireResult.Status.GRANTED, store.tryAcquire(live, LEASE).status());
  }

  @Test
  void tokensThatDifferOnlyInCaseAreDifferentSessions() {
    ManualClock clock = new ManualClock();
    StateStore store = store(clock);
    store.create("AAAAAAAAAAAAAAAAAAAAAA", new byte[] {1}, clock.instant().plus(TTL));
    store.create("aaaaaaaaaaaaaaaaaaaaaa", new byte[] {2}, clock.instant().plus(TTL));
    assertArrayEquals(new byte[] {1}, store.tryAcquire("AAAAAAAAAAAAAAAAAAAAAA", LEASE).lease().record());
    assertArrayEquals(new byte[] {2}, store.tryAcquire("aaaaaaaaaaaaaaaaaaaaaa", LEASE).lease().record());
  }

  @Test
  void createIfMissingMakesTheTableWithItsExpiryIndex() throws SQLException {
    store(new ManualClock()); // creates this test's table
    try (Connection c = adminConnection()) {
      assertEquals(new HashSet<>(SqlSchema.COLUMNS), columns(c, table));
      assertTrue(indexedColumns(c, table).contains("expires_at"), "expires_at is indexed for the sweep");
    }
  }

  @Test
  void theSchemaFileAppliesCleanlyAndTheStoreRunsOnIt() throws IOException, SQLException {
    String file = dialect().schemaFile();
    List<String> statements = SqlSchema.parseScript(Files.readString(Path.of(file)));
    try (Connection c = adminConnection(); Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS mesop_state_session");
      for (int run = 0; run < 2; run++) { // twice: the file can be re-run safely
        for (String statement : statements) {
          s.execute(statement);
        }
      }
      assertEquals(new HashSet<>(SqlSchema.COLUMNS), columns(c, "mesop_state_session"), file);
      assertTrue(indexedColumns(c, "mesop_state_session").contains("expires_at"), file);
    }
    ManualClock clock = new ManualClock();
    try (SqlStateStore store = open(clock, "mesop_state_session", false)) {
      String t = token();
      byte[] big = new byte[largeRecordBytes()];
      random.nextBytes(big);
      store.create(t, new byte[] {1}, clock.instant().plus(TTL));
      store.commit(store.tryAcquire(t, LEASE).lease(), big, clock.instant().plus(TTL));
      assertArrayEquals(big, store.tryAcquire(t, LEASE).lease().record());
    }
  }

  private static Set<String> columns(Connection c, String table) throws SQLException {
    Set<String> names = new HashSet<>();
    DatabaseMetaData md = c.getMetaData();
    try (ResultSet rs = md.getColumns(c.getCatalog(), c.getSchema(), stored(md, table), null)) {
      while (rs.next()) {
        names.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }

  private static Set<String> indexedColumns(Connection c, String table) throws SQLException {
    Set<String> names = new HashSet<>();
    DatabaseMetaData md = c.getMetaData();
    try (ResultSet rs = md.getIndexInfo(c.getCatalog(), c.getSchema(), stored(md, table), false, false)) {
      while (rs.next()) {
        String column = rs.getString("COLUMN_NAME");
        if (column != null) {
          names.add(column.toLowerCase(Locale.ROOT));
        }
      }
    }
    return names;
  }

  /** The table name as the database stores unquoted identifiers (H2: upper case). */
  private static String stored(DatabaseMetaData md, String table) throws SQLException {
    return md.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT)
        : md.storesLowerCaseIdentifiers() ? table.toLowerCase(Locale.ROOT) : table;
  }
}
