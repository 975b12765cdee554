package io.mesopj.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import io.mesopj.protocol.UiResponse;
import io.mesopj.testsupport.PageSession;
import io.mesopj.testsupport.UiClient;
import io.mesopj.testsupport.WarServer;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The real WAR in embedded Jetty 12 and Tomcat 11, spoken to over the UI protocol. */
class ContainerProtocolIT {
  private static final Map<WarServer.Kind, WarServer> SERVERS = new EnumMap<>(WarServer.Kind.class);

  @BeforeAll
  static void start() {
    for (WarServer.Kind kind : WarServer.Kind.values()) {
      SERVERS.put(kind, WarServer.start(kind, "", Map.of()));
    }
  }

  @AfterAll
  static void stop() {
    SERVERS.values().forEach(WarServer::close);
  }

  private static UiClient client(WarServer.Kind kind) {
    return new UiClient(SERVERS.get(kind).base());
  }

  @ParameterizedTest
  @EnumSource(WarServer.Kind.class)
  void pageLoadSendsTheTreeAndASealedState(WarServer.Kind kind) throws Exception {
    PageSession page = client(kind).load("/counter");
    assertEquals("Count: 0", page.text("count"));
    assertFalse(page.session().getSealedState().isEmpty(), "backend none: the state travels sealed");
    assertTrue(page.session().getStateToken().isEmpty());
  }

  @ParameterizedTest
  @EnumSource(WarServer.Kind.class)
  void aClickIsAnsweredWithASmallDiffThenTheSessionThenTheEnd(WarServer.Kind kind) throws Exception {
    PageSession page = client(kind).load("/counter");
    for (int i = 1; i <= 3; i++) {
      UiClient.Response r = page.click("add");
      assertEquals(200, r.status(), r.text());
      assertTrue(r.contentType().startsWith("text/event-stream"));
      assertTrue(r.ended());
      assertEquals(UiResponse.TypeCase.SESSION, r.lastBeforeEnd());
      UiResponse render = r.renders().get(0);
      assertTrue(render.getRender().hasPatch() && !render.getRender().hasRoot(), "a diff, not the whole tree");
      assertEquals("Count: " + i, page.text("count"));
    }
    page.click("reset");
    assertEquals("Count: 0", page.text("count"));
  }

  @ParameterizedTest
  @EnumSource(WarServer.Kind.class)
  void oneChangeInAThousandComponentsIsASmallFrame(WarServer.Kind kind) throws Exception {
    PageSession page = client(kind).load("/large?n=1000");
    UiClient.Response r = page.click("change");
    assertEquals(200, r.status(), r.text());
    UiResponse render = r.renders().get(0);
    int frameBytes = "data: ".length() + java.util.Base64.getEncoder().encode(render.toByteArray()).length + 2;
    assertTrue(frameBytes <= 300, "update frame is " + frameBytes + " bytes");
    assertTrue(page.allText().contains("row 1 *1\n"), "the change arrived");
    System.out.printf("[%s] 1000-component page: update frame %d bytes, whole response %d bytes%n", kind,
        frameBytes, r.bodyBytes());
  }

  @ParameterizedTest
  @EnumSource(WarServer.Kind.class)
  void theChatStreamsItsReplyInManyFramesOverTime(WarServer.Kind kind) throws Exception {
    PageSession page = client(kind).load("/chat");
    page.input("prompt", "tell me about streaming");
    UiClient.Response r = page.click("send");
    assertEquals(200, r.status(), r.text());
    assertTrue(r.renders().size() > 10, "one frame per word, got " + r.renders().size());
    long spreadMs = (r.arrivalNanos().get(r.arrivalNanos().size() - 1) - r.arrivalNanos().get(0)) / 1_000_000;
    assertTrue(spreadMs > 200, "frames arrived while the handler ran, over " + spreadMs + " ms");
    assertTrue(page.allText().contains("the browser gets a small diff of the page each time."), page.allText());
    assertFalse(page.buttonProps("send").getDisabled());
  }

  @ParameterizedTest
  @EnumSource(WarServer.Kind.class)
  void formEventsReachTheirHandlers(WarServer.Kind kind) throws Exception {
    PageSession page = client(kind).load("/form");
    assertTrue(page.buttonProps("submit").getDisabled());
    page.input("name", "Ada Lovelace");
    page.input("message", "Hello\nthere");
    page.check("subscribe", false);
    assertFalse(page.buttonProps("submit").getDisabled());
    page.click("submit");
    assertTrue(page.allText().contains("Ada Lovelace\n"), page.allText());
    assertTrue(page.allText().contains("Hello\nthere"), page.allText());
    assertEquals("", page.inputProps("name").getValue(), "the form is cleared after submit");
  }

  @ParameterizedTest
  @EnumSource(WarServer.Kind.class)
  void theSealedStateCannotBeTamperedWith(WarServer.Kind kind) throws Exception {
    PageSession page = client(kind).load("/counter");
    byte[] blob = page.session().getSealedState().toByteArray();
    blob[blob.length / 2] ^= 1;
    UiClient.Response r = page.send(page.event(page.clickHandler("add")).setSealedState(ByteString.copyFrom(blob)));
    assertEquals(400, r.status());
    assertTrue(r.contentType().startsWith("text/plain"));
    assertTrue(r.text().contains("failed authentication"), r.text());
    assertNoTrace(r.text());
    page.click("add");
    assertEquals("Count: 1", page.text("count"), "the real state is untouched");
  }

  @ParameterizedTest
  @EnumSource(WarServer.Kind.class)
  void badRequestsGetClear4xx(WarServer.Kind kind) throws Exception {
    UiClient client = client(kind);
    PageSession page = client.load("/counter");

    UiClient.Response malformed = client.post(new byte[] {(byte) 0xff, 0x01, 0x02, 0x03}, Map.of());
    assertEquals(400, malformed.status());
    assertTrue(malformed.text().contains("not a valid UiRequest"), malformed.text());

    UiClient.Response unknown = page.send(page.event("NoSuchHandlr"));
    assertEquals(400, unknown.status());
    assertTrue(unknown.text().contains("no handler with id NoSuchHandlr"), unknown.text());

    UiClient.Response noPage = client.post(page.request(page.event(page.clickHandler("add")))
        .toBuilder().setPath("/missing").build().toByteArray(), Map.of());
    assertEquals(404, noPage.status());

    UiClient.Response foreign = page.send(page.event(page.clickHandler("add")),
        Map.of("Origin", "https://evil.example"));
    assertEquals(403, foreign.status());
    assertTrue(foreign.text().contains("origin https://evil.example"), foreign.text());

    UiClient.Response wrongType = client.send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(client.base() + "/__ui__")).header("Content-Type", "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build());
    assertEquals(415, wrongType.status());

    UiClient.Response get = client.send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(client.base() + "/__ui__")).GET().build());
    assertEquals(405, get.status());

    byte[] huge = new byte[12 << 20];
    UiClient.Response tooBig = client.post(huge, Map.of());
    assertEquals(413, tooBig.status());

    for (UiClient.Response r : new UiClient.Response[] {malformed, unknown, noPage, foreign, wrongType, get, tooBig}) {
      assertNoTrace(r.text());
    }
    page.click("add");
    assertEquals("Count: 1", page.text("count"), "refused requests changed nothing");
  }

  @ParameterizedTest
  @EnumSource(WarServer.Kind.class)
  void sameOriginBrowserRequestsAreAccepted(WarServer.Kind kind) throws Exception {
    UiClient client = client(kind);
    PageSession page = client.load("/counter", Map.of("Origin", client.base().toString()));
    UiClient.Response r = page.send(page.event(page.clickHandler("add")), Map.of("Origin", client.base().toString()));
    assertEquals(200, r.status(), r.text());
  }

  @ParameterizedTest
  @EnumSource(WarServer.Kind.class)
  void theWebSocketEndpointIsOffUnlessEnabled(WarServer.Kind kind) {
    java.util.concurrent.ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(
        java.util.concurrent.ExecutionException.class,
        () -> io.mesopj.testsupport.UiSocketClient.connect(SERVERS.get(kind).base(), "/counter", Map.of()));
    assertTrue(e.getCause() instanceof java.net.http.WebSocketHandshakeException, String.valueOf(e.getCause()));
    assertEquals(404, ((java.net.http.WebSocketHandshakeException) e.getCause()).getResponse().statusCode());
  }

  private static void assertNoTrace(String body) {
    assertFalse(body.contains("\tat ") || body.contains("Exception"), "no stack trace outside dev mode: " + body);
  }

  @ParameterizedTest
  @EnumSource(WarServer.Kind.class)
  void twoLoadsAreTwoSessions(WarServer.Kind kind) throws Exception {
    PageSession a = client(kind).load("/counter");
    PageSession b = client(kind).load("/counter");
    a.click("add");
    a.click("add");
    b.click("add");
    assertEquals("Count: 2", a.text("count"));
    assertEquals("Count: 1", b.text("count"));
    assertNotEquals(a.session(), b.session());
  }
}
