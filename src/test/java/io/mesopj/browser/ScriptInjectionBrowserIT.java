package io.mesopj.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Text a user types ends up in markdown (the chat's canned reply quotes the prompt). Scripts
 * hidden in it must not run: DOMPurify strips them and the CSP (nonce scripts, Trusted Types)
 * would block whatever slipped through.
 */
class ScriptInjectionBrowserIT extends BrowserTestBase {
  @Test
  void markdownWithScriptsDoesNotRunThem() {
    page.open("/chat");
    String attack = "<img src=x onerror=\"window.__pwned='img'\"> <script>window.__pwned='script'</script>"
        + " [link](javascript:window.__pwned='link') <svg onload=\"window.__pwned='svg'\"></svg>";
    page.type("prompt", attack);
    page.page().keyboard().press("Enter");
    assertThat(page.key("message-1").locator(".markdown")).containsText("I can only give canned answers");
    page.waitIdle();
    page.key("message-1").locator("a").first().click(); // a javascript: link must do nothing either
    assertEquals(null, page.page().evaluate("() => window.__pwned ?? null"), "no injected script ran");
    String html = (String) page.key("message-1").locator(".markdown").evaluate("el => el.innerHTML");
    assertTrue(!html.contains("onerror") && !html.contains("<script") && !html.contains("javascript:")
        && !html.contains("onload"), html);
    assertThat(page.key("message-0")).hasText(attack.replace("\n", " ")); // the user's own text shows as text
  }
}
