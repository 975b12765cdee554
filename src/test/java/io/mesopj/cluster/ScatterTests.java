package io.mesopj.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mesopj.testsupport.ClickLoad;
import io.mesopj.testsupport.ClusterClient;
import io.mesopj.testsupport.ClusterPage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No session affinity, under load: 50 concurrent clients each send every click to a random node
 * of three, and every click must count exactly once. The count is read with one more event
 * ({@code subtract}, with {@code full_render}) whose whole tree shows the count after it.
 *
 * <p>No fault is injected here, so no attempt should be cut after it was applied; with 50
 * clients on one session such a retry could not be told from a new event (a session remembers
 * 16 event ids, see {@link ClusterPage}), so the figures print how many "ambiguous" retries
 * there were.
 */
abstract class ScatterTests {
  static final int CLIENTS = 50;
  static final int CLICKS = 100;
  private static final Duration PATIENCE = Duration.ofMinutes(4);

  /** A fresh client of the cluster under test. */
  abstract ClusterClient client();

  abstract String store();

  @Test
  void fiftyClientsClickingOnOneSessionThroughRandomNodesLoseNoClick() throws Exception {
    ClusterClient client = client();
    ClusterPage page = client.load("/counter");
    ClickLoad load = ClickLoad.start(Collections.nCopies(CLIENTS, page), CLICKS, "add").finish(PATIENCE);

    assertEquals(CLIENTS * CLICKS, load.acknowledged());
    String count = page.deliver(page.click("subtract").setFullRender(true)).text("count");
    assertEquals("Count: " + (CLIENTS * CLICKS - 1), count, "every acknowledged click counted once; "
        + client.stats().summary() + ", ambiguous retries " + client.stats().ambiguousRetries());
    Report.print(store() + ", one session, " + CLIENTS + " clients x " + CLICKS, load, client.stats(),
        "after one subtract: " + count + "; ambiguous retries " + client.stats().ambiguousRetries());
  }

  @Test
  void fiftyClientsOnTheirOwnSessionsThroughRandomNodesLoseNoClick() throws Exception {
    ClusterClient client = client();
    List<ClusterPage> pages = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      pages.add(client.load("/counter"));
    }
    ClickLoad load = ClickLoad.start(pages, CLICKS, "add").finish(PATIENCE);

    assertEquals(CLIENTS * CLICKS, load.acknowledged());
    for (ClusterPage page : pages) {
      assertEquals("Count: " + (CLICKS - 1), page.deliver(page.click("subtract").setFullRender(true)).text("count"),
          client.stats().summary());
    }
    Report.print(store() + ", " + CLIENTS + " sessions, one client each x " + CLICKS, load, client.stats(),
        "every session at " + CLICKS + " (" + (CLICKS - 1) + " after one subtract)");
  }
}
