package io.mesopj.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.options.BoundingBox;
import io.mesopj.protocol.UiRequest;
import io.mesopj.testsupport.UiTraffic;
import org.junit.jupiter.api.Test;

/** The counter page as a person uses it; run against each container and store by the subclasses. */
abstract class CounterFlows extends BrowserTestBase {

  /** True when a server-side store keeps the state (events carry its token), false when it is sealed in the page. */
  protected boolean serverKeepsState() {
    return false;
  }

  @Test
  void addAndSubtractChangeTheCount() {
    page.open("/counter");
    assertThat(page.key("count")).hasText("Count: 0");
    page.click("add");
    page.click("add");
    page.click("add");
    page.click("subtract");
    assertThat(page.key("count")).hasText("Count: 2");
    page.assertNoProblems();
  }

  @Test
  void resetIsEnabledOnlyAwayFromZero() {
    page.open("/counter");
    assertThat(page.button("reset")).isDisabled();
    page.click("add");
    assertThat(page.key("count")).hasText("Count: 1");
    assertThat(page.button("reset")).isEnabled();
    page.click("reset");
    assertThat(page.key("count")).hasText("Count: 0");
    assertThat(page.button("reset")).isDisabled();
    page.assertNoProblems();
  }

  @Test
  void quickClicksWaitInLineAndAllCount() {
    page.open("/counter");
    UiTraffic ui = UiTraffic.intercept(page);
    ui.hold(); // the first click's request stays in flight until release()
    BoundingBox add = page.button("add").boundingBox();
    for (int i = 0; i < 10; i++) {
      page.page().mouse().click(add.x + add.width / 2, add.y + add.height / 2);
    }
    ui.awaitHeld(1);
    assertEquals(1, ui.heldCount(), "one event in flight, the other nine queued in the client");
    ui.release();
    assertThat(page.key("count")).hasText("Count: 10");
    page.waitIdle();
    assertEquals(10, ui.requests().size(), "each click is its own event");
    for (UiRequest r : ui.requests()) {
      assertEquals(serverKeepsState(), !r.getUserEvent().getStateToken().isEmpty(), "state token");
      assertEquals(!serverKeepsState(), !r.getUserEvent().getSealedState().isEmpty(), "sealed state");
    }
    page.assertNoProblems();
  }
}
