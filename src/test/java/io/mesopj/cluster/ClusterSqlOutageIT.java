package io.mesopj.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mesopj.testsupport.ClickLoad;
import io.mesopj.testsupport.ClusterClient;
import io.mesopj.testsupport.ClusterNodes;
import io.mesopj.testsupport.ClusterPage;
import io.mesopj.testsupport.EmbeddedPostgresDb;
import io.mesopj.testsupport.RetryStats;
import io.mesopj.testsupport.SharedClusters;
import io.mesopj.testsupport.SqlCluster;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL goes away for a few seconds while clients click (stopped, then started again on the
 * same data and port). Meanwhile the nodes answer a retryable 503 saying the store is
 * unavailable (no stack trace) and /__health says 503; when the database is back they serve
 * again by themselves, and every acknowledged click is counted exactly once.
 */
@ExtendWith(SharedClusters.class)
class ClusterSqlOutageIT {
  private static final int SHARED_CLIENTS = 8;
  private static final int OWN_CLIENTS = 8;
  private static final int CLICKS = 40;
  private static final Duration OUTAGE = Duration.ofSeconds(4);
  private static final String UNAVAILABLE = "The session store is busy or unavailable right now. Try again in a moment.";
  private static final Duration PATIENCE = Duration.ofMinutes(3);

  private static SqlCluster cluster;

  @BeforeAll
  static void cluster(SqlCluster shared) {
    cluster = shared;
  }

  @Test
  void duringAnOutageNodesAnswerARetryable503AndAfterItServeAgainLosingNothing() throws Exception {
    EmbeddedPostgresDb pg = cluster.postgres();
    ClusterNodes nodes = cluster.nodes();
    ClusterClient client = cluster.client();
    ClusterPage shared = client.load("/counter");
    List<ClusterPage> pages = new ArrayList<>();
    for (int i = 0; i < SHARED_CLIENTS; i++) {
      pages.add(shared);
    }
    for (int i = 0; i < OWN_CLIENTS; i++) {
      pages.add(client.load("/counter"));
    }
    int total = (SHARED_CLIENTS + OWN_CLIENTS) * CLICKS;
    List<ClusterNodes.Health> duringOutage = new ArrayList<>();
    long ackedAtStop;
    long ackedAtStart;
    long recoveryMillis;
    ClickLoad load = ClickLoad.start(pages, CLICKS, "add");
    try {
      load.awaitAcknowledged(total / 4, PATIENCE);
      long stopped = System.nanoTime();
      pg.stop();
      ackedAtStop = load.acknowledged();
      try {
        duringOutage.addAll(healthWhileDown(nodes, stopped + OUTAGE.toNanos()));
        long left = OUTAGE.toNanos() - (System.nanoTime() - stopped);
        if (left > 0) {
          Thread.sleep(left / 1_000_000);
        }
        ackedAtStart = load.acknowledged();
      } finally {
        pg.startAgain();
      }
      long started = System.nanoTime();
      for (ClusterNodes.Node n : nodes.nodes()) {
        while (nodes.health(n).status() != 200) {
          assertTrue(System.nanoTime() - started < Duration.ofSeconds(30).toNanos(), n + " did not recover");
          Thread.sleep(50);
        }
      }
      recoveryMillis = (System.nanoTime() - started) / 1_000_000;
      load.finish(PATIENCE);
    } catch (Throwable t) {
      load.close();
      throw t;
    }
    RetryStats stats = client.stats();

    for (ClusterNodes.Health h : duringOutage) {
      assertEquals(503, h.status(), "/__health during the outage: " + h.body());
      assertTrue(h.body().contains("state store is unavailable"), h.body());
    }
    Map<String, Long> messages = stats.messages();
    assertTrue(stats.retries(RetryStats.Reason.HTTP_503) > 0, "clicks during the outage got 503s: " + messages);
    for (String m : messages.keySet()) {
      assertFalse(m.contains("Exception") || m.contains("\tat ") || m.contains(".java:"), "no stack trace: " + m);
      if (m.startsWith("HTTP_503") || m.startsWith("ERROR_FRAME")) {
        assertTrue(m.contains(UNAVAILABLE), "a 503 says the store is unavailable: " + m);
      }
    }
    assertTrue(ackedAtStart - ackedAtStop <= SHARED_CLIENTS + OWN_CLIENTS,
        "no click is acknowledged while the store is down, except those already saved: " + ackedAtStop + " -> "
        + ackedAtStart);

    assertEquals(total, load.acknowledged());
    long sharedAcked = (long) SHARED_CLIENTS * CLICKS;
    assertEquals("Count: " + (sharedAcked - 1), shared.deliver(shared.click("subtract").setFullRender(true))
        .text("count"), "the shared session counted each acknowledged click once");
    for (int i = SHARED_CLIENTS; i < pages.size(); i++) {
      ClusterPage own = pages.get(i);
      assertEquals("Count: " + (CLICKS - 1), own.deliver(own.click("subtract").setFullRender(true)).text("count"));
    }
    Report.print("sql/postgresql, database stopped for " + OUTAGE.toSeconds() + " s after " + ackedAtStop
        + " clicks, " + SHARED_CLIENTS + " clients on one session + " + OWN_CLIENTS + " on their own x " + CLICKS,
        load, stats, "all nodes healthy " + recoveryMillis + " ms after the restart; ambiguous retries "
        + stats.ambiguousRetries());
  }

  /** Each node's /__health (asked in parallel, again until it says 503 or the outage is over). */
  private static List<ClusterNodes.Health> healthWhileDown(ClusterNodes nodes, long untilNanos) {
    ExecutorService askers = Executors.newFixedThreadPool(nodes.nodes().size());
    try {
      List<CompletableFuture<ClusterNodes.Health>> answers = new ArrayList<>();
      for (ClusterNodes.Node n : nodes.nodes()) {
        answers.add(CompletableFuture.supplyAsync(() -> {
          ClusterNodes.Health h;
          do {
            h = nodes.health(n);
          } while (h.status() != 503 && System.nanoTime() < untilNanos);
          return h;
        }, askers));
      }
      return answers.stream().map(CompletableFuture::join).toList();
    } finally {
      askers.shutdown();
    }
  }
}
