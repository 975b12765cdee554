package io.mesopj.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

/** Counter on Jetty with the default store (none: the state is sealed in the browser). */
class CounterBrowserIT extends CounterFlows {

  @Test
  void screenshots() {
    page.open("/counter");
    page.click("add");
    page.click("add");
    assertThat(page.key("count")).hasText("Count: 2");
    page.screenshots("counter");
    page.assertNoProblems();
  }
}
