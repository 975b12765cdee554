package io.mesopj.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.google.protobuf.ByteString;
import com.microsoft.playwright.Locator;
import io.mesopj.protocol.UiRequest;
import io.mesopj.testsupport.UiTraffic;
import org.junit.jupiter.api.Test;

/** The error panel in production mode: the server's message, never a Java stack trace. */
class ErrorPanelBrowserIT extends BrowserTestBase {
  static final String TAMPERED = "The state sent by the browser failed authentication: it was changed or damaged."
      + " Reload the page to start a new session.";

  @Test
  void aTamperedSessionShowsTheServersMessage() {
    page.open("/counter");
    UiTraffic.intercept(page).rewrite(ErrorPanelBrowserIT::flipLastSealedByte);
    page.click("add");
    Locator panel = page.errorPanel();
    assertThat(panel).containsText(TAMPERED);
    assertThat(panel).containsText("(status 400)");
    assertThat(panel.locator("pre")).hasCount(0);
    assertThat(panel).not().containsText("Exception");
    assertThat(page.key("count")).hasText("Count: 0");
  }

  @Test
  void aServerErrorShowsItsMessageAndErrorIdButNoTrace() {
    page.open("/form");
    overfillState(page);
    Locator panel = page.errorPanel();
    assertThat(panel).containsText("more than MESOPJ_MAX_STATE_BYTES");
    assertThat(panel).containsText("error id");
    assertThat(panel).containsText("(status 500)");
    assertThat(panel.locator("pre")).hasCount(0);
    assertThat(panel).not().containsText("StateLimits");
    assertThat(panel).not().containsText("Exception");
  }

  /** Flips the last byte (in the authentication tag) of the sealed state an event carries. */
  static UiRequest flipLastSealedByte(UiRequest request) {
    if (!request.hasUserEvent() || request.getUserEvent().getSealedState().isEmpty()) {
      return request;
    }
    byte[] sealed = request.getUserEvent().getSealedState().toByteArray();
    sealed[sealed.length - 1] ^= 1;
    return request.toBuilder()
        .setUserEvent(request.getUserEvent().toBuilder().setSealedState(ByteString.copyFrom(sealed))).build();
  }

  /** Puts more text into the form's state than the server's MESOPJ_MAX_STATE_BYTES allows: a 500. */
  static void overfillState(io.mesopj.testsupport.BrowserPage page) {
    page.field("message").fill("x".repeat(20_000));
  }
}
