package io.mesopj.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mesopj.protocol.InitRequest;
import io.mesopj.protocol.UiRequest;
import io.mesopj.testsupport.ClickLoad;
import io.mesopj.testsupport.ClusterClient;
import io.mesopj.testsupport.ClusterNodes;
import io.mesopj.testsupport.ClusterPage;
import io.mesopj.testsupport.RetryStats;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A node crashes (SIGKILL) while clients click, some on one shared session and some on their
 * own: requests that were on it fail and are sent again to the other nodes, and in the end every
 * acknowledged click is counted exactly once, none lost and none doubled. Then the node starts
 * again and serves.
 */
abstract class NodeKillTests {
  /** Fewer than 16 (the event ids a session remembers): see {@link ClusterPage}. */
  static final int SHARED_CLIENTS = 8;
  static final int OWN_CLIENTS = 16;
  static final int CLICKS = 60;
  private static final Duration PATIENCE = Duration.ofMinutes(4);

  abstract ClusterNodes nodes();

  abstract String store();

  @Test
  void aNodeKilledMidRunLosesAndDoublesNoAcknowledgedClickAndServesAgainAfterARestart() throws Exception {
    ClusterNodes nodes = nodes();
    ClusterNodes.Node victim = nodes.node(nodes.nodes().size() - 1);
    ClusterClient client = new ClusterClient(nodes.bases());
    ClusterPage shared = client.load("/counter");
    List<ClusterPage> pages = new ArrayList<>();
    for (int i = 0; i < SHARED_CLIENTS; i++) {
      pages.add(shared);
    }
    for (int i = 0; i < OWN_CLIENTS; i++) {
      pages.add(client.load("/counter"));
    }
    int total = (SHARED_CLIENTS + OWN_CLIENTS) * CLICKS;
    long ackedAtKill;
    ClickLoad load = ClickLoad.start(pages, CLICKS, "add");
    try {
      load.awaitAcknowledged(total / 4, PATIENCE);
      nodes.kill(victim);
      ackedAtKill = load.acknowledged();
      load.finish(PATIENCE);
    } catch (Throwable t) {
      load.close();
      throw t;
    } finally {
      if (!victim.alive()) {
        nodes.restart(victim);
      }
    }
    RetryStats stats = client.stats();
    assertEquals(total, load.acknowledged());
    long sharedAcked = 0;
    for (int i = 0; i < SHARED_CLIENTS; i++) {
      sharedAcked += load.acknowledged(i);
    }
    assertEquals("Count: " + (sharedAcked - 1), shared.deliver(shared.click("subtract").setFullRender(true))
        .text("count"), "the shared session counted each of its " + sharedAcked + " acknowledged clicks once; "
        + client.stats().summary() + ", ambiguous retries " + client.stats().ambiguousRetries());
    for (int i = SHARED_CLIENTS; i < pages.size(); i++) {
      ClusterPage own = pages.get(i);
      assertEquals("Count: " + (load.acknowledged(i) - 1), own.deliver(own.click("subtract").setFullRender(true))
          .text("count"), "own session of client " + i);
    }
    assertTrue(stats.retries(RetryStats.Reason.CONNECT) + stats.retries(RetryStats.Reason.CUT) > 0,
        "requests went to the killed node and were sent again: " + stats.summary());

    // The restarted node serves a new page and the shared session, answering by itself.
    ClusterClient.Reply load2 = client.post(victim.base(), UiRequest.newBuilder().setPath("/counter")
        .setInit(InitRequest.getDefaultInstance()).build());
    assertTrue(load2.acknowledged(), load2.describe());
    ClusterClient.Reply there = client.post(victim.base(),
        shared.request(shared.click("add").setFullRender(true).build()));
    assertTrue(there.acknowledged(), there.describe());
    assertEquals("Count: " + sharedAcked, there.text("count"));

    Report.print(store() + ", " + victim + " killed after " + ackedAtKill + " clicks, " + SHARED_CLIENTS
        + " clients on one session + " + OWN_CLIENTS + " on their own x " + CLICKS, load, stats,
        "ambiguous retries (request may have been applied) " + stats.ambiguousRetries() + "; shared session at "
        + sharedAcked + ", restarted node serves it");
  }
}
