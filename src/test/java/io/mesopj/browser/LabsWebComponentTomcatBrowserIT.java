package io.mesopj.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import io.mesopj.testsupport.WarServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The web component on Tomcat 11 under a context path: the module URL gets the context path. */
class LabsWebComponentTomcatBrowserIT extends BrowserTestBase {
  @Override
  protected ServerSpec serverSpec() {
    return new ServerSpec(WarServer.Kind.TOMCAT, "/app", Map.of());
  }

  @Test
  void moduleLoadsFromTheContextPathAndEventsRoundTrip() {
    Response[] module = new Response[1];
    page.page().onResponse(r -> {
      if (r.url().endsWith("/demo-counter.js")) {
        module[0] = r;
      }
    });
    page.open("/gallery");
    Locator counter = page.key("counter").locator("demo-counter");
    assertThat(counter.locator("output")).hasText("3");
    assertTrue(module[0].url().endsWith("/app/web-components/demo-counter.js"), module[0].url());
    assertEquals(200, module[0].status());
    assertEquals("no-cache", module[0].headers().get("cache-control"));

    counter.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Increase")).click();
    page.waitIdle();
    assertThat(page.key("counter-result")).hasText("Value in Java state: 4; last event detail: {\"value\":4}");
    assertThat(counter.locator("output")).hasText("4");
    page.assertNoProblems();
  }
}
