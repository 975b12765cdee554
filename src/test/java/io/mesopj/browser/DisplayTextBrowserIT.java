package io.mesopj.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The gallery's text-like display components: text, markdown, code, html, link, icon, divider. */
class DisplayTextBrowserIT extends BrowserTestBase {
  /** Typography type -> font size in px and weight, from the Material type scale in typography.css. */
  private static final Map<String, List<String>> TYPE_SCALE = Map.ofEntries(
      Map.entry("headline-1", List.of("96px", "300")), Map.entry("headline-2", List.of("60px", "300")),
      Map.entry("headline-3", List.of("48px", "400")), Map.entry("headline-4", List.of("34px", "400")),
      Map.entry("headline-5", List.of("24px", "400")), Map.entry("headline-6", List.of("20px", "500")),
      Map.entry("subtitle-1", List.of("16px", "400")), Map.entry("subtitle-2", List.of("14px", "500")),
      Map.entry("body-1", List.of("16px", "400")), Map.entry("body-2", List.of("14px", "400")),
      Map.entry("caption", List.of("12px", "400")), Map.entry("button", List.of("14px", "500")),
      Map.entry("overline", List.of("12px", "500")));

  @Test
  void everyTypographyTypeHasItsClassAndSize() {
    page.open("/gallery");
    for (Map.Entry<String, List<String>> t : TYPE_SCALE.entrySet()) {
      Locator text = page.key("text-" + t.getKey());
      assertThat(text).hasClass("mesopj-" + t.getKey());
      assertThat(text).hasCSS("font-size", t.getValue().get(0));
      assertThat(text).hasCSS("font-weight", t.getValue().get(1));
    }
    assertThat(page.key("text-headline-1")).hasText("Headline 1");
    assertThat(page.key("text-overline")).hasCSS("text-transform", "uppercase");
    page.assertNoProblems();
  }

  @Test
  void markdownRendersATableATaskListAndHighlightedCode() {
    page.open("/gallery");
    Locator md = page.key("markdown-demo");
    assertThat(md.locator("table th")).hasText(new String[] {"Version", "Date", "Notes"});
    assertThat(md.locator("table tbody tr")).hasCount(2);
    assertThat(md.locator("table tbody tr").first().locator("td").first()).hasText("1.1");
    assertThat(md.locator("del")).hasText("strikethrough");
    assertThat(md.locator("li input[type=checkbox]")).hasCount(2);
    assertThat(md.locator("li input[type=checkbox]").first()).isChecked();
    Locator code = md.locator("pre code.hljs.language-java");
    assertThat(code).containsText("record Point(int x, int y)");
    assertThat(code.locator(".hljs-comment")).hasText("// Fenced code is highlighted.");
    assertThat(code.locator(".hljs-keyword", new Locator.LocatorOptions().setHasText("return"))).hasCount(1);
    assertHighlighted(code.locator(".hljs-keyword").first(), code);
    page.assertNoProblems();
  }

  @Test
  void codeBlocksAreHighlightedInTheirLanguage() {
    page.open("/gallery");
    Locator java = page.key("code-java").locator("code");
    assertThat(java).hasClass("hljs language-java");
    assertThat(java).containsText("public final class CounterPage implements PageRenderer");
    assertThat(java.locator(".hljs-meta").first()).hasText(Pattern.compile("^@Page\\(path"));
    assertThat(java.locator(".hljs-keyword", new Locator.LocatorOptions().setHasText("public")).first()).isVisible();
    assertHighlighted(java.locator(".hljs-keyword").first(), java);
    Locator python = page.key("code-python").locator("code");
    assertThat(python).hasClass("hljs language-python");
    assertThat(python.locator(".hljs-keyword", new Locator.LocatorOptions().setHasText("import"))).hasCount(1);
    assertThat(python.locator(".hljs-keyword", new Locator.LocatorOptions().setHasText("def"))).hasCount(1);
    page.assertNoProblems();
  }

  @Test
  void sanitisedHtmlKeepsMarkupButRunsNothing() {
    page.open("/gallery");
    Locator html = page.key("html-sanitized");
    assertThat(html.locator("b")).hasText("HTML");
    assertThat(html.locator("a")).hasAttribute("href", "https://example.com");
    assertThat(html.locator("mark")).hasText("markup");
    assertThat(html.locator("script")).hasCount(0);
    assertThat(html.locator("img")).hasCount(1); // kept, without its handler
    assertFalse((Boolean) html.locator("img").evaluate("img => img.hasAttribute('onerror')"));
    assertFalse((Boolean) html.locator("p").last().evaluate("p => p.hasAttribute('style')"));
    // The broken image has fired its error event by now; neither its handler nor the script ran.
    html.locator("img").evaluate("img => img.complete || new Promise(r => img.addEventListener('error', r))");
    assertNull(page.page().evaluate("() => window.__htmlPwned ?? null"));
    page.assertNoProblems(); // no CSP violation either: the inline style never reached the page
  }

  @Test
  void sandboxedHtmlRunsItsScriptInAnOpaqueOriginThatCannotReachTheApp() {
    page.open("/gallery");
    Locator iframe = page.key("html-sandboxed").locator("iframe");
    assertThat(iframe).hasAttribute("sandbox", "allow-scripts allow-forms"); // as Mesop's; no allow-same-origin
    FrameLocator frame = iframe.contentFrame();
    assertThat(frame.locator("#count")).hasText("iamsandboxed-0");
    assertThat(frame.locator("#origin")).hasText("origin: null"); // its script ran, in an opaque origin
    assertThat(frame.locator("#reach")).hasText("parent blocked: SecurityError");
    assertThat(frame.locator("#storage")).hasText("storage blocked: SecurityError"); // not the app's storage
    assertNull(page.page().evaluate("() => window.__sandboxPwned ?? null"), "the frame could not touch the app");

    page.click("html-increment"); // new HTML: the frame reloads with it
    Locator reloaded = page.key("html-sandboxed").locator("iframe").contentFrame().locator("#count");
    assertThat(reloaded).hasText("iamsandboxed-1");
    assertThat(page.key("html-sandboxed").locator("iframe").contentFrame().locator("#origin"))
        .hasText("origin: null");
    assertThat(page.key("html-sandboxed").locator("iframe")).hasAttribute("sandbox", "allow-scripts allow-forms");
    page.assertNoProblems(); // the frame's style and script ran without a CSP violation
  }

  @Test
  void linksOpenInThisTabOrANewOneAndJavascriptUrlsAreRefused() {
    page.open("/gallery");
    Locator sameTab = page.key("link-same-tab").locator("a");
    assertThat(sameTab).hasAttribute("href", "/counter");
    assertThat(sameTab).hasAttribute("target", "_self");
    Locator newTab = page.key("link-new-tab").locator("a");
    assertThat(newTab).hasAttribute("target", "_blank");
    assertThat(newTab).hasAttribute("rel", "noopener");
    assertThat(page.key("link-external").locator("a")).hasAttribute("href", "https://example.com");
    assertThat(page.key("link-refused")).containsText("MesopException: ui.link(\"Run\", url) refuses the URL"
        + " 'javascript:alert(1)'");

    Page popup = page.page().waitForPopup(newTab::click);
    popup.waitForURL(page.url("/counter"));
    assertNull(popup.evaluate("() => window.opener"), "noopener: the new tab has no handle on this one");
    assertThat(popup.locator("[data-key=count]")).hasText("Count: 0");
    popup.close();

    sameTab.click();
    page.page().waitForURL(page.url("/counter"));
    page.waitReady();
    assertThat(page.key("count")).hasText("Count: 0");
    page.assertNoProblems();
  }

  @Test
  void iconsUseTheSelfHostedMaterialSymbolsFont() {
    page.open("/gallery");
    page.page().evaluate("() => document.fonts.load('24px \"Material Symbols Outlined\"', 'home')");
    assertTrue((Boolean) page.page().evaluate("() => document.fonts.check('24px \"Material Symbols Outlined\"')"));
    @SuppressWarnings("unchecked")
    List<String> fonts = (List<String>) page.page().evaluate("() => performance.getEntriesByType('resource')"
        + ".map(e => e.name).filter(n => /\\.(woff2?|ttf)(\\?|$)/.test(n))");
    assertTrue(fonts.stream().anyMatch(f -> f.contains("material-symbols")), "the symbols font was loaded: " + fonts);
    for (String f : fonts) {
      assertTrue(f.startsWith(page.url("/__mesopj/")), "fonts come from the app itself, not a CDN: " + f);
    }
    // A ligature draws one glyph as wide as the font size; the plain word "favorite" would be far wider.
    Locator icon = page.key("icon-favorite").locator("md-icon");
    assertThat(icon).hasText("favorite");
    assertEquals(24.0, number(icon.evaluate("el => el.scrollWidth")), 1.0);
    assertEquals(48.0, number(page.key("icon-large").locator("md-icon").evaluate("el => el.scrollWidth")), 1.0);
    page.assertNoProblems();
  }

  @Test
  void dividersAreThinRulesAndTheInsetOneIsIndented() {
    page.open("/gallery");
    Locator full = page.key("divider-full").locator("md-divider");
    Locator inset = page.key("divider-inset").locator("md-divider");
    assertThat(full).hasCSS("height", "1px");
    assertThat(inset).hasCSS("padding-left", "16px");
    assertThat(full).hasCSS("padding-left", "0px");
    page.assertNoProblems();
  }

  @Test
  void galleryScreenshots() {
    page.open("/gallery");
    // Everything that loads on its own has loaded: frames, images, media metadata.
    assertThat(page.key("html-sandboxed").locator("iframe").contentFrame().locator("#origin")).hasText("origin: null");
    assertThat(page.key("embed-demo").locator("iframe").contentFrame().locator("[data-key=count]")).isVisible();
    for (Locator img : page.page().locator("mesopj-image img").all()) {
      img.evaluate(DisplayMediaBrowserIT.LOADED_WIDTH);
    }
    page.key("video-demo").locator("video").evaluate(DisplayMediaBrowserIT.DURATION);
    page.key("audio-demo").locator("audio").evaluate(DisplayMediaBrowserIT.DURATION);
    page.screenshots("gallery-display");
    page.assertNoProblems();
  }

  /** A token's colour differs from the code's plain text colour. */
  private static void assertHighlighted(Locator token, Locator code) {
    Object tokenColor = token.evaluate("el => getComputedStyle(el).color");
    Object plainColor = code.evaluate("el => getComputedStyle(el).color");
    assertFalse(tokenColor.equals(plainColor), "token colour " + tokenColor + " differs from " + plainColor);
  }

  static double number(Object o) {
    return ((Number) o).doubleValue();
  }
}
