package io.mesopj.internal.state.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mesopj.internal.config.MesopConfig;
import io.mesopj.internal.config.Settings;
import io.mesopj.internal.state.AcquireResult;
import io.mesopj.internal.state.ManualClock;
import io.mesopj.testsupport.EmbeddedPostgresDb;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Several nodes starting at once on an empty database with MESOPJ_SQL_CREATE_TABLE=true (a
 * cluster's first deployment): all of them start. PostgreSQL's {@code CREATE TABLE IF NOT
 * EXISTS} is not safe against a concurrent creator, the loser fails with a unique violation in
 * the catalog; before the fix about one round in five here stopped one node with a
 * ConfigException telling the operator to create the table by hand.
 */
class SqlStoresConcurrentStartTest {
  private static final int NODES = 4;
  private static final int ROUNDS = 15;

  private static EmbeddedPostgresDb pg;

  @BeforeAll
  static void startPostgres() {
    pg = EmbeddedPostgresDb.start();
    pg.createDatabase("app");
  }

  @AfterAll
  static void stopPostgres() {
    pg.close();
  }

  @Test
  void nodesStartingTogetherOnAnEmptyDatabaseAllStart() throws Exception {
    ExecutorService nodes = Executors.newFixedThreadPool(NODES);
    try {
      List<String> failures = new ArrayList<>();
      for (int round = 0; round < ROUNDS; round++) {
        String table = "together_" + round;
        CyclicBarrier start = new CyclicBarrier(NODES);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
          outcomes.add(nodes.submit(() -> {
            start.await();
            try (SqlStateStore store = SqlStores.fromConfig(config(table), new ManualClock(), name -> null)) {
              return store.tryAcquire("noSuchTokenAAAAAAAAAAA", Duration.ofSeconds(5)).status()
                  == AcquireResult.Status.MISSING ? null : "the store did not work";
            } catch (RuntimeException e) {
              return e.getMessage();
            }
          }));
        }
        for (Future<String> f : outcomes) {
          String failure = f.get(60, TimeUnit.SECONDS);
          if (failure != null) {
            failures.add(table + ": " + failure);
          }
        }
      }
      assertEquals(List.of(), failures);
    } finally {
      nodes.shutdownNow();
    }
  }

  private static MesopConfig config(String table) {
    return MesopConfig.of(Map.of(
        Settings.SQL_CONNECTION_URI.name(), pg.jdbcUrl("app"),
        Settings.SQL_USER.name(), "postgres",
        Settings.SQL_TABLE.name(), table,
        Settings.SQL_CREATE_TABLE.name(), "true"));
  }
}
