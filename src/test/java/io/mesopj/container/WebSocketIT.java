package io.mesopj.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mesopj.protocol.UiResponse;
import io.mesopj.protocol.UserEvent;
import io.mesopj.protocol.components.ButtonProps;
import io.mesopj.protocol.components.InputProps;
import io.mesopj.protocol.components.TextProps;
import io.mesopj.testsupport.Trees;
import io.mesopj.testsupport.UiSocketClient;
import io.mesopj.testsupport.WarServer;
import java.net.http.WebSocketHandshakeException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The WebSocket transport in both containers: page load, events, concurrent versus queued
 * updates, reconnects that resume the session, and the Origin check on the handshake.
 */
class WebSocketIT {
  /** A deployment under test: container plus mode. */
  enum Setup {
    JETTY_CONCURRENT(WarServer.Kind.JETTY, true),
    TOMCAT_CONCURRENT(WarServer.Kind.TOMCAT, true),
    JETTY_QUEUED(WarServer.Kind.JETTY, false);

    final WarServer.Kind kind;
    final boolean concurrent;

    Setup(WarServer.Kind kind, boolean concurrent) {
      this.kind = kind;
      this.concurrent = concurrent;
    }
  }

  private static final Map<Setup, WarServer> SERVERS = new java.util.EnumMap<>(Setup.class);

  @BeforeAll
  static void start() {
    for (Setup s : Setup.values()) {
      Map<String, String> settings = s.concurrent
          ? Map.of("MESOP_WEB_SOCKETS_ENABLED", "true", "MESOP_STATE_SESSION_BACKEND", "memory")
          : Map.of("MESOP_WEB_SOCKETS_ENABLED", "true", "MESOP_CONCURRENT_UPDATES_ENABLED", "false");
      SERVERS.put(s, WarServer.start(s.kind, "", settings));
    }
  }

  @AfterAll
  static void stop() {
    SERVERS.values().forEach(WarServer::close);
  }

  private static UiSocketClient connect(Setup s, String path) throws Exception {
    return UiSocketClient.connect(SERVERS.get(s).base(), path, Map.of());
  }

  private static String count(UiSocketClient c) throws Exception {
    return TextProps.parseFrom(c.find("count").getProps()).getText();
  }

  @ParameterizedTest
  @EnumSource(Setup.class)
  void loadAndEventsOverOneSocket(Setup s) throws Exception {
    try (UiSocketClient c = connect(s, "/counter")) {
      List<UiResponse> load = c.load();
      assertTrue(load.get(0).getRender().hasRoot());
      assertEquals("Count: 0", count(c));
      for (int i = 1; i <= 3; i++) {
        List<UiResponse> frames = c.awaitEnd(c.click("add"));
        assertTrue(frames.get(0).getRender().hasPatch(), "a diff against the connection's last tree");
        assertEquals(UiResponse.TypeCase.SESSION, frames.get(frames.size() - 2).getTypeCase());
      }
      assertEquals("Count: 3", count(c));
    }
  }

  @ParameterizedTest
  @EnumSource(Setup.class)
  void anEventDuringAStreamingReplyIsConcurrentOrQueuedAndNothingIsLost(Setup s) throws Exception {
    try (UiSocketClient c = connect(s, "/chat")) {
      c.load();
      c.awaitEnd(c.input("prompt", "tell me about streaming"));
      String send = c.click("send");
      waitForFirstRender(c, send); // the reply has started (and cleared the prompt)
      String typing = c.input("prompt", "next question");
      c.awaitEnd(send);
      c.awaitEnd(typing);
      if (s.concurrent) {
        assertTrue(c.endIndex(typing) < c.endIndex(send), "the input ran while the reply streamed");
      } else {
        assertTrue(c.endIndex(typing) > c.endIndex(send), "the input waited for the reply");
      }
      assertTrue(Trees.allText(c.tree()).contains("small diff of the page each time."), "the reply is complete");
      assertEquals("next question", InputProps.parseFrom(c.find("prompt").getProps()).getValue(),
          "the typed text survived the reply's save");
    }
  }

  private static void waitForFirstRender(UiSocketClient c, String eventId) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (Trees.allText(c.tree()).contains("tell me about streaming") && c.endIndex(eventId) < 0) {
        return;
      }
      Thread.sleep(5);
    }
    throw new AssertionError("the reply did not start");
  }

  @ParameterizedTest
  @EnumSource(Setup.class)
  void aNewConnectionResumesTheSession(Setup s) throws Exception {
    io.mesopj.protocol.SessionUpdate session;
    String add;
    try (UiSocketClient first = connect(s, "/counter")) {
      first.load();
      first.awaitEnd(first.click("add"));
      first.awaitEnd(first.click("add"));
      session = first.session();
      add = ButtonProps.parseFrom(first.find("add").getProps()).getOnClick();
    }
    try (UiSocketClient second = connect(s, "/counter")) {
      String id = second.sendEvent(UserEvent.newBuilder().setStateToken(session.getStateToken())
          .setSealedState(session.getSealedState()).setHandlerId(add).setEventId(UUID.randomUUID().toString())
          .setFullRender(true));
      List<UiResponse> frames = second.awaitEnd(id);
      assertTrue(frames.get(0).getRender().hasRoot(), "a new connection starts with the whole tree");
      assertEquals("Count: 3", count(second));
    }
  }

  @ParameterizedTest
  @EnumSource(Setup.class)
  void aForeignOriginIsRefusedAtTheHandshake(Setup s) throws Exception {
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> UiSocketClient.connect(SERVERS.get(s).base(), "/counter", Map.of("Origin", "https://evil.example")));
    assertTrue(e.getCause() instanceof WebSocketHandshakeException, String.valueOf(e.getCause()));
    assertEquals(403, ((WebSocketHandshakeException) e.getCause()).getResponse().statusCode());
    String own = SERVERS.get(s).base().toString();
    try (UiSocketClient ok = UiSocketClient.connect(SERVERS.get(s).base(), "/counter", Map.of("Origin", own))) {
      ok.load();
      assertEquals("Count: 0", count(ok));
    }
  }
}
