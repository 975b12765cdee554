package io.mesopj.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.WebSocket;
import io.mesopj.testsupport.WarServer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The demo over the WebSocket transport (MESOP_WEB_SOCKETS_ENABLED=true, so concurrent updates)
 * on the memory store: one socket per page, no POSTs, the chat streams, and typing while a reply
 * streams is applied at once without losing either change.
 */
class WebSocketBrowserIT extends BrowserTestBase {
  private final List<WebSocket> sockets = new CopyOnWriteArrayList<>();
  private final AtomicInteger posts = new AtomicInteger();

  @Override
  protected ServerSpec serverSpec() {
    return new ServerSpec(WarServer.Kind.JETTY, "", java.util.Map.of("MESOP_WEB_SOCKETS_ENABLED", "true",
        "MESOP_STATE_SESSION_BACKEND", "memory"));
  }

  private void watchTraffic() {
    sockets.clear(); // one test instance serves every test of the class
    posts.set(0);
    page.page().onWebSocket(sockets::add);
    page.page().onRequest(r -> {
      if (r.url().endsWith("/__ui__")) {
        posts.incrementAndGet();
      }
    });
  }

  @Test
  void counterOverOneSocket() {
    watchTraffic();
    page.open("/counter");
    page.click("add");
    page.click("add");
    page.click("add");
    page.click("subtract");
    assertThat(page.key("count")).hasText("Count: 2");
    page.waitIdle();
    assertEquals(1, sockets.size(), "one WebSocket for the page");
    assertTrue(sockets.get(0).url().endsWith("/__ui_ws__"), sockets.get(0).url());
    assertEquals(0, posts.get(), "no SSE POSTs");
    page.assertNoProblems();
  }

  @Test
  void typingWhileTheReplyStreamsIsAppliedAtOnceAndKept() {
    watchTraffic();
    page.open("/chat");
    page.type("prompt", "tell me about streaming");
    page.page().keyboard().press("Enter");
    // The reply has started: the prompt was cleared and the first words are there.
    assertThat(page.key("message-1").locator(".markdown")).containsText("This reply");
    page.type("prompt", "a follow-up");
    page.waitForUserEvent("prompt", "a follow-up"); // sent while the reply still streams
    assertThat(page.key("message-1").locator(".markdown")).hasText("This reply is streaming: the handler appends"
        + " a word, calls e.flush(), and the browser gets a small diff of the page each time.");
    page.waitIdle();
    assertThat(page.field("prompt")).hasValue("a follow-up");
    // Reload-free check that the server kept the typed text: send it.
    page.page().keyboard().press("Enter");
    assertThat(page.key("message-2")).hasText("a follow-up");
    assertEquals(1, sockets.size());
    assertEquals(0, posts.get());
    page.assertNoProblems();
  }
}
