package io.mesopj.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The chat page: a streaming handler whose reply reaches the browser word by word, in many frames. */
class ChatBrowserIT extends BrowserTestBase {
  private static final String STREAMING_REPLY = "This reply is streaming: the handler appends a word, calls"
      + " e.flush(), and the browser gets a small diff of the page each time.";

  // After every applied frame (data-mesopj-frames changes) and once Lit has rendered it, records
  // the bot reply's rendered text and whether the Material Send button is disabled.
  private static final String RECORD_REPLY_FRAMES = """
      () => {
        const frames = (window.__replyFrames = []);
        new MutationObserver(async () => {
          const md = document.querySelector('[data-key="message-1"] mesopj-markdown');
          const send = document.querySelector('[data-key="send"]');
          if (!md || !send) return;
          await Promise.all([md.updateComplete, send.updateComplete]);
          frames.push({
            text: md.shadowRoot.querySelector('.markdown').textContent.trim(),
            sendDisabled: send.shadowRoot.querySelector('md-filled-button').disabled,
          });
        }).observe(document.body, { attributes: true, attributeFilter: ['data-mesopj-frames'] });
      }
      """;

  @Test
  void enterSendsThePromptAndTheReplyStreamsInManyFrames() {
    page.open("/chat");
    page.page().evaluate(RECORD_REPLY_FRAMES);
    int framesBefore = page.frames();
    page.type("prompt", "Tell me about streaming");
    page.page().keyboard().press("Enter"); // the textarea's Enter shortcut

    assertThat(reply()).hasText(STREAMING_REPLY);
    page.waitIdle();
    assertThat(page.key("message-0")).hasText("Tell me about streaming");
    assertThat(page.field("prompt")).hasValue("");
    assertThat(page.button("send")).isEnabled();
    int frames = page.frames() - framesBefore;
    assertTrue(frames >= 10, "one reply came in " + frames + " frames");
    assertStreamed(STREAMING_REPLY);
    page.screenshots("chat");
    page.assertNoProblems();
  }

  @Test
  void sendButtonSendsAMultiLinePrompt() {
    page.open("/chat");
    page.page().evaluate(RECORD_REPLY_FRAMES);
    page.type("prompt", "First line");
    page.page().keyboard().press("Shift+Enter"); // a newline, not the shortcut
    page.page().keyboard().type("second line");
    page.button("send").click(); // at once: the typed prompt must reach the server first

    String expected = "You said: \"First line second line\". I can only give canned answers, but each word you"
        + " see arrived in its own frame.";
    assertThat(reply()).hasText(expected);
    page.waitIdle();
    assertThat(page.key("message-0")).containsText("second line");
    assertEquals("First line\nsecond line", page.key("message-0").textContent());
    assertThat(page.button("send")).isEnabled();
    assertStreamed(expected);
    page.assertNoProblems();
  }

  private com.microsoft.playwright.Locator reply() {
    return page.key("message-1").locator(".markdown");
  }

  /** The recorder saw several different partial replies, each a beginning of the final one, with Send disabled. */
  private void assertStreamed(String finalText) {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> frames = (List<Map<String, Object>>) page.page().evaluate("() => window.__replyFrames");
    Set<String> partial = new LinkedHashSet<>();
    for (Map<String, Object> f : frames) {
      String text = (String) f.get("text");
      if (!text.equals(finalText)) {
        assertTrue(finalText.startsWith(text), "a partial reply is the start of the final one: " + text);
        assertEquals(true, f.get("sendDisabled"), "Send is disabled while replying (at: " + text + ")");
        if (!text.isEmpty()) {
          partial.add(text);
        }
      }
    }
    assertTrue(partial.size() >= 2, "saw at least two partial replies before the final one: " + partial);
  }
}
