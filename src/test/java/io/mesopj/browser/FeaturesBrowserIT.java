package io.mesopj.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.options.BoundingBox;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Page features on /features: navigation, back/forward, path and query parameters, commands, keys. */
class FeaturesBrowserIT extends BrowserTestBase {

  @Test
  void navigationKeepsTheSessionAndRunsOnLoadWithoutReloading() {
    page.open("/features");
    page.page().evaluate("() => window.__sameDocument = true");
    assertThat(page.key("loads")).hasText("The detail page has loaded 0 time(s).");
    page.click("open-detail");
    assertThat(page.key("id")).hasText("id = 42");
    assertThat(page.page()).hasURL(Pattern.compile(".*/features/detail/42\\?tab=info$"));
    assertThat(page.page()).hasTitle("Feature detail");
    assertThat(page.key("tab")).hasText("tab = info");
    assertThat(page.key("detail-loads")).hasText("loaded 1 time(s) in this session");

    page.page().goBack();
    assertThat(page.key("loads")).hasText("The detail page has loaded 1 time(s).");
    assertThat(page.page()).hasURL(Pattern.compile(".*/features$"));
    assertThat(page.page()).hasTitle("Page features");

    page.page().goForward();
    assertThat(page.key("detail-loads")).hasText("loaded 2 time(s) in this session");
    page.click("back");
    assertThat(page.key("loads")).hasText("The detail page has loaded 2 time(s).");
    assertEquals(true, page.page().evaluate("() => window.__sameDocument === true"), "no full page load");
    page.assertNoProblems();
  }

  @Test
  void pathParametersOnADirectLoad() {
    page.open("/features/detail/7?tab=x");
    assertThat(page.key("id")).hasText("id = 7");
    assertThat(page.key("tab")).hasText("tab = x");
    assertThat(page.key("detail-loads")).hasText("loaded 1 time(s) in this session");
    page.assertNoProblems();
  }

  @Test
  void handlersReadAndWriteQueryParameters() {
    page.open("/features?step=5");
    assertThat(page.key("step")).hasText("step = 5 (read from the URL)");
    page.click("next-step");
    assertThat(page.key("step")).hasText("step = 6 (read from the URL)");
    assertThat(page.page()).hasURL(Pattern.compile(".*/features\\?step=6$"));
    page.page().reload();
    page.waitReady();
    assertThat(page.key("step")).hasText("step = 6 (read from the URL)");
    page.assertNoProblems();
  }

  @Test
  void scrollFocusTitleThemeAndDensityCommands() {
    page.open("/features");
    page.click("scroll");
    page.page().waitForFunction("() => { const r = document.querySelector('[data-key=\"end\"]')"
        + ".getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }");
    page.page().evaluate("() => scrollTo(0, 0)");
    page.click("focus");
    page.page().waitForFunction("() => document.querySelector('[data-key=\"row-b\"]').matches(':focus-within')");
    page.click("title");
    assertThat(page.page()).hasTitle("Features (renamed)");
    page.click("theme-dark");
    assertThat(page.page().locator("html")).hasAttribute("data-theme", "dark");
    String dark = (String) page.page().evaluate("() => getComputedStyle(document.body).backgroundColor");
    page.click("theme-light");
    assertThat(page.page().locator("html")).hasAttribute("data-theme", "light");
    String light = (String) page.page().evaluate("() => getComputedStyle(document.body).backgroundColor");
    assertTrue(!dark.equals(light), dark + " vs " + light);
    page.click("theme-system");
    assertThat(page.page().locator("html")).not().hasAttribute("data-theme", Pattern.compile(".*"));
    BoundingBox normal = page.key("density-dense").boundingBox();
    page.click("density-dense");
    page.page().waitForFunction("h => document.querySelector('[data-key=\"density-dense\"]')"
        + ".getBoundingClientRect().height < h", normal.height);
    page.assertNoProblems();
  }

  @Test
  void keyedFieldsKeepTheirElementAndTextWhenSiblingsChange() {
    page.open("/features");
    page.type("row-b", "typed into b");
    page.waitForUserEvent("row-b", "typed into b");
    page.page().evaluate("() => document.querySelector('[data-key=\"row-b\"]').__marked = true");
    page.click("insert-row");
    page.click("insert-row");
    assertThat(page.page().locator("mesopj-input")).hasCount(4);
    assertThat(page.field("row-b")).hasValue("typed into b");
    assertEquals(true, page.page().evaluate("() => document.querySelector('[data-key=\"row-b\"]').__marked === true"),
        "the same element, moved, not rebuilt");
    page.assertNoProblems();
  }
}
