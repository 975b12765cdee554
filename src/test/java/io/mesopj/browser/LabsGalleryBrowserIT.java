package io.mesopj.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The labs sections of the gallery: chat, web component (and its module servlet), download. */
class LabsGalleryBrowserIT extends BrowserTestBase {
  private static final String CSV = "fruit,colour,kcal\ngrapefruit,pink,42\npineapple,yellow,50\n\"ice, cream\",white,207\n";

  // Records the text of the newest bot message after every applied frame (once Lit has rendered it).
  private static final String RECORD_REPLY = """
      () => {
        const seen = (window.__reply = []);
        new MutationObserver(async () => {
          const bots = document.querySelectorAll('[data-key="chat"] mesopj-chat-message[data-role="assistant"]');
          const last = bots[bots.length - 1];
          const md = last && last.querySelector('mesopj-markdown');
          if (!md) return;
          await md.updateComplete;
          const text = md.shadowRoot.querySelector('.markdown');
          if (text) seen.push(text.textContent.trim());
        }).observe(document.body, { attributes: true, attributeFilter: ['data-mesopj-frames'] });
      }
      """;

  private Locator prompt() {
    return page.key("chat").locator("textarea");
  }

  private Locator message(int i) {
    return page.key("chat-message-" + i);
  }

  @Test
  void chatSendsOnEnterKeepsHistoryAndStreamsTheReply() {
    page.open("/gallery");
    page.page().evaluate(RECORD_REPLY);
    Locator send = page.key("chat").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send"));
    assertThat(send).isDisabled(); // nothing typed
    prompt().pressSequentially("Tell me about Java");
    prompt().press("Enter");

    assertThat(message(0)).hasAttribute("data-role", "user");
    assertThat(message(0)).hasText("Tell me about Java");
    assertThat(prompt()).hasValue("");
    String first = "In mesopj a chat is ui.chat(replier): the replier gets the prompt, the history and a reply to"
        + " append to, and each append streams to the browser.";
    assertThat(message(1).locator(".markdown")).hasText(first);
    page.waitIdle();
    assertThat(message(1)).hasAttribute("data-role", "assistant");
    assertThat(message(1)).containsText("Gallery bot");
    assertStreamed(first);

    // Shift+Enter is a new line; Enter sends. The replier sees the history (turn 2).
    prompt().pressSequentially("line one");
    prompt().press("Shift+Enter");
    prompt().pressSequentially("line two");
    assertThat(prompt()).hasValue("line one\nline two");
    prompt().press("Enter");
    assertThat(message(3).locator(".markdown")).containsText("word by word.");
    page.waitIdle();
    assertEquals("line one\nline two", message(2).textContent());
    assertThat(message(3).locator(".markdown")).hasText("Turn 2. You said: \"line one line two\". This canned reply"
        + " arrives word by word.");
    assertThat(page.key("chat").locator("mesopj-chat-message")).hasCount(4);
    page.screenshots("labs-gallery");

    page.click("chat-clear");
    assertThat(page.key("chat").locator("mesopj-chat-message")).hasCount(0);
    page.assertNoProblems();
  }

  @Test
  void sendIsDisabledWhileTheReplyStreams() {
    page.open("/gallery");
    page.page().evaluate("""
        () => {
          const seen = (window.__sendDisabled = []);
          new MutationObserver(async () => {
            const chat = document.querySelector('[data-key="chat"]');
            await chat.updateComplete;
            seen.push(chat.props.replying);
          }).observe(document.body, { attributes: true, attributeFilter: ['data-mesopj-frames'] });
        }""");
    prompt().pressSequentially("hello");
    page.key("chat").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send")).click();
    assertThat(message(1).locator(".markdown")).containsText("word by word.");
    page.waitIdle();
    @SuppressWarnings("unchecked")
    List<Boolean> replying = (List<Boolean>) page.page().evaluate("() => window.__sendDisabled");
    assertTrue(replying.size() >= 3 && replying.get(0) && !replying.get(replying.size() - 1),
        "replying while streaming, idle at the end: " + replying);
    page.assertNoProblems();
  }

  private void assertStreamed(String finalText) {
    @SuppressWarnings("unchecked")
    List<String> frames = (List<String>) page.page().evaluate("() => window.__reply");
    Set<String> partial = new LinkedHashSet<>();
    for (String text : frames) {
      if (!text.equals(finalText) && !text.isEmpty()) {
        assertTrue(finalText.startsWith(text), "a partial reply is the start of the final one: " + text);
        partial.add(text);
      }
    }
    assertTrue(partial.size() >= 3, "saw several partial replies before the final one: " + partial);
  }

  @Test
  void downloadCsvSendsTheFileToTheBrowser() throws IOException {
    page.open("/gallery");
    Download download = page.page().waitForDownload(() -> page.button("download-csv").click());
    assertEquals("fruit.csv", download.suggestedFilename());
    assertArrayEquals(CSV.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(download.path()));
    page.waitIdle();
    assertThat(page.key("download-result")).hasText("Sent: fruit.csv, " + CSV.getBytes(StandardCharsets.UTF_8).length
        + " bytes");
    page.assertNoProblems();
  }

  @Test
  void webComponentGetsPropertiesAndItsEventsReachJava() {
    page.open("/gallery");
    Locator counter = page.key("counter").locator("demo-counter");
    Locator value = counter.locator("output");
    assertThat(value).hasText("3"); // loaded with import() under the page's CSP, property set
    assertThat(counter.locator("[part=label]")).hasText("Clicks");

    counter.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Increase")).click();
    page.waitIdle();
    assertThat(page.key("counter-result")).hasText("Value in Java state: 4; last event detail: {\"value\":4}");
    assertThat(value).hasText("4"); // the new property came back from the server

    Locator less = counter.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Decrease"));
    less.click();
    page.waitIdle();
    less.click();
    page.waitIdle();
    assertThat(value).hasText("2");
    assertThat(page.key("counter-result")).hasText("Value in Java state: 2; last event detail: {\"value\":2}");

    page.click("counter-reset"); // a property update from Java alone
    assertThat(value).hasText("0");
    String csp = page.page().request().get(page.url("/gallery")).headers().get("content-security-policy");
    assertTrue(csp.contains("'strict-dynamic'") && csp.contains("require-trusted-types-for"), csp);
    page.assertNoProblems();
  }

  @Test
  void theClientRefusesUnsafeNamesEvenIfTheServerSentThem() {
    page.open("/gallery");
    // Props as a tampered server could send them: the client must not set or listen to these.
    page.page().evaluate("""
        () => {
          window.__clicked = false;
          const el = document.createElement('mesopj-web-component');
          el.dataset.key = 'tampered';
          el.props = {
            tag: 'demo-counter', modulePath: '/web-components/demo-counter.js',
            propertiesJson: JSON.stringify({ onclick: 'window.__clicked = true', SRC: 'x', value: 7 }),
            events: { onload: 'h1', increment: '' },
          };
          document.querySelector('mesopj-app').append(el);
        }""");
    Locator inner = page.key("tampered").locator("demo-counter");
    assertThat(inner.locator("output")).hasText("7");
    assertEquals(null, inner.evaluate("el => el.onclick"));
    assertEquals(null, inner.evaluate("el => el.getAttribute('onclick')"));
    assertEquals(null, inner.evaluate("el => el.SRC ?? null"));
    List<String> problems = page.problems();
    for (String refusal : List.of("refusing to set web component property onclick",
        "refusing to set web component property SRC", "refusing to listen to web component event onload")) {
      assertTrue(problems.stream().anyMatch(p -> p.contains(refusal)), refusal + " in " + problems);
    }

    page.page().evaluate("""
        () => {
          const el = document.createElement('mesopj-web-component');
          el.dataset.key = 'foreign';
          el.props = { tag: 'demo-counter', modulePath: '//evil.example/x.js', propertiesJson: '{}', events: {} };
          document.querySelector('mesopj-app').append(el);
        }""");
    assertThat(page.key("foreign").locator(".failure")).containsText("refusing to load module //evil.example/x.js");
  }

  @Test
  void webComponentModulesAreServedFromTheWarSafely() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> ok = get(http, "/web-components/demo-counter.js", Map.of());
    assertEquals(200, ok.statusCode());
    assertTrue(ok.headers().firstValue("content-type").orElse("").startsWith("text/javascript"));
    assertEquals("no-cache", ok.headers().firstValue("cache-control").orElse(""));
    assertEquals("nosniff", ok.headers().firstValue("x-content-type-options").orElse(""));
    assertTrue(ok.body().contains("customElements.define('demo-counter'"));
    String etag = ok.headers().firstValue("etag").orElseThrow();
    assertEquals(304, get(http, "/web-components/demo-counter.js", Map.of("If-None-Match", etag)).statusCode());

    for (String bad : List.of("/web-components/missing.js", "/web-components/demo-counter.txt",
        "/web-components/%2e%2e/WEB-INF/web.xml", "/web-components/..%2fWEB-INF/classes/x.js",
        "/web-components/%2E%2E/META-INF/context.xml", "/web-components/")) {
      int status = get(http, bad, Map.of()).statusCode();
      assertTrue(status == 404 || status == 400, bad + " -> " + status);
    }
    HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(page.url("/web-components/demo-counter.js")))
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(405, post.statusCode());
  }

  private HttpResponse<String> get(HttpClient http, String path, Map<String, String> headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(page.url(path))).GET();
    headers.forEach(b::header);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
