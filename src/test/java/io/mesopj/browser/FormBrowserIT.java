package io.mesopj.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import io.mesopj.testsupport.UiTraffic;
import org.junit.jupiter.api.Test;

/** The form page: typed text, a textarea and a checkbox reach the handlers exactly as typed. */
class FormBrowserIT extends BrowserTestBase {

  @Test
  void submitSendsExactlyWhatWasTyped() {
    page.open("/form");
    assertThat(page.button("submit")).isDisabled(); // the name is blank
    page.type("name", "Ada Lovelace");
    untickSubscribe();
    assertThat(page.button("submit")).isEnabled(); // the name has reached the server
    page.type("message", "First line\nSecond line, café");
    page.button("submit").click(); // at once: the message's pending input must go first

    assertThat(entryName(0)).hasText("Ada Lovelace"); // exactly: no " (subscribed)"
    assertThat(entryMessage(0)).containsText("Second line");
    assertEquals("First line\nSecond line, café", entryMessage(0).textContent());
    assertThat(page.field("name")).hasValue("");
    assertThat(page.field("message")).hasValue("");
    assertThat(page.button("submit")).isDisabled();
    page.screenshots("form");
    page.assertNoProblems();
  }

  @Test
  void typedTextAndFocusSurviveAnUnrelatedRerender() {
    page.open("/form");
    UiTraffic ui = UiTraffic.intercept(page);
    ui.hold();
    page.type("name", "Ada");
    ui.awaitHeld(1); // the name's debounced input event, kept in flight
    page.type("message", "Hello"); // focus moves on; the name's blur event queues behind

    ui.releaseFirst(); // the name's render (Submit enabled) arrives while "Hello" is unsent
    assertThat(page.button("submit")).isEnabled();
    assertEquals("Hello", page.field("message").inputValue());
    assertTrue(page.hasFocus("message"), "the message field keeps the focus");

    ui.release();
    page.page().keyboard().type(", world");
    assertThat(page.field("message")).hasValue("Hello, world");
    assertTrue(page.hasFocus("message"), "the message field keeps the focus");
    page.button("submit").click();
    assertThat(entryName(0)).hasText("Ada (subscribed)");
    assertThat(entryMessage(0)).hasText("Hello, world");
    page.assertNoProblems();
  }

  @Test
  void anEchoOfOlderTextDoesNotOverwriteWhatWasTypedSince() {
    page.open("/form");
    UiTraffic ui = UiTraffic.intercept(page);
    ui.hold();
    page.type("name", "Ada");
    ui.awaitHeld(1); // "Ada" is on its way to the server
    page.page().keyboard().type(" Lovelace");
    page.waitForUserEvent("name", "Ada Lovelace"); // no debounce pending: the newer text waits in the queue

    ui.releaseFirst(); // the server's render, with name = "Ada", lands after " Lovelace" was typed
    assertThat(page.button("submit")).isEnabled();
    assertEquals("Ada Lovelace", page.field("name").inputValue());
    assertTrue(page.hasFocus("name"), "the name field keeps the focus");

    ui.release();
    page.button("submit").click();
    assertThat(entryName(0)).hasText("Ada Lovelace (subscribed)");
    page.assertNoProblems();
  }

  private void untickSubscribe() {
    Locator box = page.key("subscribe").locator("md-checkbox");
    assertThat(box).hasJSProperty("checked", true);
    box.click();
    assertThat(box).hasJSProperty("checked", false);
  }

  private Locator entryName(int i) {
    return page.key("entry-" + i).locator("mesopj-text").nth(0);
  }

  private Locator entryMessage(int i) {
    return page.key("entry-" + i).locator("mesopj-text").nth(1);
  }
}
