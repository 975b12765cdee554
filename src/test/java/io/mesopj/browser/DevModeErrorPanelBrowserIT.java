package io.mesopj.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import io.mesopj.testsupport.UiTraffic;
import org.junit.jupiter.api.Test;

/** The error panel in dev mode: a 5xx shows the Java trace; a 4xx still only says what was wrong. */
class DevModeErrorPanelBrowserIT extends BrowserTestBase {
  @Override
  protected ServerSpec serverSpec() {
    return ServerSpec.jettyDefault().with("MESOPJ_DEV_MODE", "true");
  }

  @Test
  void aServerErrorShowsTheJavaTrace() {
    page.open("/form");
    ErrorPanelBrowserIT.overfillState(page);
    Locator panel = page.errorPanel();
    assertThat(panel).containsText("more than MESOPJ_MAX_STATE_BYTES");
    assertThat(panel.locator("pre")).containsText("io.mesopj.internal.core.UiException");
    assertThat(panel.locator("pre")).containsText("at io.mesopj.internal.runtime.session.StateLimits.check(");
    page.screenshots("error-dev-mode");
  }

  @Test
  void aClientErrorShowsNoTraceEvenInDevMode() {
    page.open("/counter");
    UiTraffic.intercept(page).rewrite(ErrorPanelBrowserIT::flipLastSealedByte);
    page.click("add");
    Locator panel = page.errorPanel();
    assertThat(panel).containsText(ErrorPanelBrowserIT.TAMPERED);
    assertThat(panel).containsText("(status 400)");
    assertThat(panel.locator("pre")).hasCount(0);
  }
}
