package io.mesopj.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The home page, navigation from it, and a check that the problem recorder really sees violations. */
class HomeBrowserIT extends BrowserTestBase {

  @Test
  void openOnTheCounterCardGoesToTheCounter() {
    page.open("/");
    assertThat(page.page()).hasTitle("mesopj demo");
    page.button("open-counter").click();
    page.page().waitForURL(page.url("/counter"));
    page.waitReady();
    assertThat(page.page()).hasTitle("Counter");
    assertThat(page.key("count")).hasText("Count: 0");
    page.assertNoProblems(); // on both pages
  }

  @Test
  void theRecorderSeesCspAndTrustedTypesViolations() {
    page.open("/");
    // An inline style attribute (style-src has no 'unsafe-inline') and a string into innerHTML
    // (Trusted Types): both must be refused and reported, or the "no problems" checks prove nothing.
    page.page().evaluate("() => document.body.setAttribute('style', 'color: red')");
    page.page().evaluate("() => { try { document.createElement('div').innerHTML = '<b>x</b>'; } catch (e) {} }");
    page.page().waitForCondition(() -> has(page.problems(), "violation: style-src-attr")
        && has(page.problems(), "violation: require-trusted-types-for"));
  }

  private static boolean has(List<String> problems, String prefix) {
    return problems.stream().anyMatch(p -> p.startsWith(prefix));
  }
}
