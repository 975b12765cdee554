package io.mesopj.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.mesopj.browser.DisplayTextBrowserIT.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;

/** The gallery's feedback components: progress bar and spinner, tooltip, badge. */
class DisplayFeedbackBrowserIT extends BrowserTestBase {

  @Test
  void progressBarShowsItsValueAndReportsTheEndOfItsAnimation() {
    page.open("/gallery");
    Locator bar = page.key("progress-determinate").locator("md-linear-progress");
    assertThat(bar).hasJSProperty("value", 40);
    assertThat(bar).hasJSProperty("max", 100);
    assertThat(bar).hasJSProperty("indeterminate", false);
    assertThat(page.key("progress-ended")).hasText("Change the value to animate the bar.");

    page.click("progress-more");
    assertThat(page.key("progress-label")).hasText("Determinate: 50%");
    assertThat(bar).hasJSProperty("value", 50);
    // The handler got the value the bar reached when its transition ended.
    assertThat(page.key("progress-ended")).hasText("Animation ended at 50%");
    page.click("progress-less");
    page.click("progress-less");
    assertThat(page.key("progress-ended")).hasText("Animation ended at 30%");
    assertThat(page.key("progress-buffer").locator("md-linear-progress")).hasJSProperty("buffer", 55);

    Locator buffer = page.key("progress-buffer").locator("md-linear-progress");
    assertThat(buffer).hasJSProperty("value", 30);
    assertThat(page.key("progress-indeterminate").locator("md-linear-progress")).hasJSProperty("indeterminate", true);
    Locator query = page.key("progress-query").locator("md-linear-progress");
    assertThat(query).hasJSProperty("indeterminate", true);
    assertThat(query).hasCSS("transform", "matrix(-1, 0, 0, 1, 0, 0)"); // runs the other way
    assertThat(query.locator(".bar-inner").first()).hasCSS("background-color", "rgb(179, 38, 30)"); // warn
    assertThat(bar.locator(".bar-inner").first()).hasCSS("background-color", "rgb(103, 80, 164)"); // primary
    page.assertNoProblems();
  }

  @Test
  void spinnersHaveTheirDiameterAndColour() {
    page.open("/gallery");
    assertSize(page.key("spinner-default").locator("md-circular-progress"), 48);
    assertSize(page.key("spinner-small").locator("md-circular-progress"), 32);
    assertSize(page.key("spinner-large").locator("md-circular-progress"), 64);
    assertThat(page.key("spinner-default").locator("md-circular-progress")).hasJSProperty("indeterminate", true);
    assertThat(page.key("spinner-large").locator("md-circular-progress .circle").first())
        .hasCSS("border-top-color", "rgb(179, 38, 30)");
    page.assertNoProblems();
  }

  @Test
  void tooltipShowsOnHoverAndFocusAndHidesOnLeaveAndEscape() {
    page.open("/gallery");
    Locator tip = page.key("tooltip-save").locator("[role=tooltip]");
    Locator save = page.key("tooltip-button").locator("button");
    assertThat(tip).isHidden();

    save.hover();
    assertThat(tip).isVisible();
    assertThat(tip).hasText("Saves your work");
    BoundingBox button = save.boundingBox();
    BoundingBox bubble = tip.boundingBox();
    assertTrue(bubble.y >= button.y + button.height, "below the button");
    assertEquals(button.x + button.width / 2, bubble.x + bubble.width / 2, 1.5, "centred under it");

    page.page().mouse().move(5, 5);
    assertThat(tip).isHidden();

    save.focus(); // keyboard users get it too
    assertThat(tip).isVisible();
    page.page().keyboard().press("Escape");
    assertThat(tip).isHidden();

    Locator right = page.key("tooltip-settings").locator("[role=tooltip]");
    page.key("tooltip-icon").hover();
    assertThat(right).hasText("Settings live here");
    BoundingBox icon = page.key("tooltip-icon").boundingBox();
    assertTrue(right.boundingBox().x >= icon.x + icon.width, "right of the icon");

    Locator delayed = page.key("tooltip-text").locator("[role=tooltip]");
    page.key("tooltip-text").hover();
    assertThat(delayed).isVisible(); // after its 300 ms show delay
    assertTrue(delayed.boundingBox().x + delayed.boundingBox().width <= page.key("tooltip-text").boundingBox().x,
        "Mesop's default position: left");
    page.assertNoProblems();
  }

  @Test
  void badgeShowsTheCountOnItsContentAndFollowsTheState() {
    page.open("/gallery");
    Locator badge = page.key("badge-mail").locator(".badge");
    assertThat(badge).hasText("3");
    assertThat(page.key("badge-mail").locator(".sr-only")).hasText("3 unread messages");
    BoundingBox content = page.key("badge-mail").locator("mesopj-icon").boundingBox();
    BoundingBox b = badge.boundingBox();
    // Overlapping the top-right ("above after") corner of the icon.
    assertTrue(b.x < content.x + content.width && b.x + b.width > content.x + content.width, "straddles the right edge");
    assertTrue(b.y < content.y && b.y + b.height > content.y, "straddles the top edge");

    page.click("badge-add");
    assertThat(badge).hasText("4");
    assertThat(page.key("badge-mail").locator(".sr-only")).hasText("4 unread messages");
    page.click("badge-clear");
    assertThat(badge).isHidden();
    assertThat(page.button("badge-clear")).isDisabled();
    page.assertNoProblems();
  }

  private static void assertSize(Locator spinner, double px) {
    BoundingBox box = spinner.boundingBox();
    assertEquals(px, box.width, 0.5);
    assertEquals(px, box.height, 0.5);
    assertEquals(px, number(spinner.evaluate("el => el.getBoundingClientRect().width")), 0.5);
  }
}
