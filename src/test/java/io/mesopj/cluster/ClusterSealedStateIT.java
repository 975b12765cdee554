package io.mesopj.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mesopj.testsupport.ClickLoad;
import io.mesopj.testsupport.ClusterClient;
import io.mesopj.testsupport.ClusterNodes;
import io.mesopj.testsupport.ClusterPage;
import io.mesopj.testsupport.ClusterSettings;
import io.mesopj.testsupport.WarServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Backend none: the state travels with the browser, sealed. Nodes that share
 * MESOPJ_SEALING_KEY (Jetty and Tomcat here) serve any event of any session; a node with another
 * key refuses the state with a 400 that names the setting.
 */
class ClusterSealedStateIT {
  private static final String KEY = "cluster-sealing-key-0123456789-abcdefghij";
  private static final String OTHER_KEY = "another-sealing-key-0123456789-abcdefghij";
  private static final int CLIENTS = 20;
  private static final int CLICKS = 50;

  private static ClusterNodes nodes;
  private static List<ClusterNodes.Node> sameKey;
  private static ClusterNodes.Node otherKey;

  @BeforeAll
  static void start() {
    nodes = ClusterNodes.create("sealed");
    try {
      sameKey = List.of(nodes.launch(WarServer.Kind.JETTY, settings(KEY)),
          nodes.launch(WarServer.Kind.TOMCAT, settings(KEY)));
      otherKey = nodes.launch(WarServer.Kind.JETTY, settings(OTHER_KEY));
      nodes.awaitAllHealthy();
    } catch (RuntimeException | Error e) {
      nodes.close();
      throw e;
    }
  }

  private static Map<String, String> settings(String key) {
    Map<String, String> s = new LinkedHashMap<>(ClusterSettings.common());
    s.put("MESOP_STATE_SESSION_BACKEND", "none");
    s.put("MESOPJ_SEALING_KEY", key);
    return s;
  }

  @AfterAll
  static void stop() {
    nodes.close();
  }

  @Test
  void sealedSessionsMoveFreelyBetweenNodesSharingTheKey() throws Exception {
    ClusterClient client = new ClusterClient(sameKey.stream().map(ClusterNodes.Node::base).toList());
    List<ClusterPage> pages = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      pages.add(client.load("/counter"));
    }
    ClickLoad load = ClickLoad.start(pages, CLICKS, "add").finish(Duration.ofMinutes(3));

    assertEquals(CLIENTS * CLICKS, load.acknowledged());
    for (ClusterPage page : pages) {
      assertTrue(page.session().getStateToken().isEmpty() && !page.session().getSealedState().isEmpty());
      assertEquals("Count: " + (CLICKS - 1), page.deliver(page.click("subtract").setFullRender(true)).text("count"));
    }
    assertEquals(2, client.stats().acknowledgedByNode().size(), "both nodes served: " + client.stats().summary());
    Report.print("sealed (backend none), " + CLIENTS + " sessions x " + CLICKS + " over jetty+tomcat", load,
        client.stats(), "");
  }

  @Test
  void aNodeWithAnotherKeyRefusesTheStateWithA400NamingTheSetting() throws Exception {
    ClusterClient client = new ClusterClient(sameKey.stream().map(ClusterNodes.Node::base).toList());
    ClusterPage page = client.load("/counter");
    page.clickUntilAcknowledged("add");

    ClusterClient.Reply refused = client.post(otherKey.base(), page.request(page.click("add").build()));
    assertEquals(400, refused.status(), refused.describe());
    assertTrue(refused.text().contains("MESOPJ_SEALING_KEY"), refused.text());
    assertFalse(refused.text().contains("Exception") || refused.text().contains(".java:"), refused.text());

    // The other way round too: a session begun on the odd node is foreign to the others.
    ClusterPage foreign = new ClusterClient(List.of(otherKey.base())).load("/counter");
    for (ClusterNodes.Node n : sameKey) {
      ClusterClient.Reply r = client.post(n.base(), foreign.request(foreign.click("add").build()));
      assertEquals(400, r.status(), r.describe());
      assertTrue(r.text().contains("MESOPJ_SEALING_KEY"), r.text());
    }
    // The refusals changed nothing: the session goes on where it was on the nodes that share the key.
    assertEquals("Count: 2", page.deliver(page.click("add").setFullRender(true)).text("count"));
    System.out.println("[cluster] sealed: node with another key answered " + refused.status() + ": "
        + refused.text().strip());
  }
}
