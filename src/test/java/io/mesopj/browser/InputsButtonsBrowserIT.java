package io.mesopj.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/** Gallery: buttons of every kind and colour, content buttons, and checkboxes with an indeterminate parent. */
class InputsButtonsBrowserIT extends BrowserTestBase {

  @Test
  void everyKindRendersItsMaterialButtonAndReachesItsHandler() {
    page.open("/gallery");
    assertThat(page.key("button-text").locator("md-text-button")).hasText("Text");
    assertThat(page.key("button-raised").locator("md-elevated-button")).hasText("Raised");
    assertThat(page.key("button-flat").locator("md-filled-button")).hasText("Flat");
    assertThat(page.key("button-stroked").locator("md-outlined-button")).hasText("Stroked");
    assertThat(page.key("button-icon").locator("md-icon-button md-icon")).hasText("favorite");
    assertThat(received()).hasText("Clicked: nothing yet");

    for (String kind : new String[] {"text", "raised", "flat", "stroked"}) {
      page.button("button-" + kind).click();
      assertThat(received()).containsText("Clicked: " + kind + " (");
    }
    page.key("button-icon").locator("md-icon-button").click();
    assertThat(received()).hasText("Clicked: icon (5)");
    page.assertNoProblems();
  }

  @Test
  void coloursTintTheButtonAndDisabledOnesDoNothing() {
    page.open("/gallery");
    String primary = background("button-primary");
    String accent = background("button-accent");
    String warn = background("button-warn");
    org.junit.jupiter.api.Assertions.assertNotEquals(primary, accent);
    org.junit.jupiter.api.Assertions.assertNotEquals(primary, warn);
    org.junit.jupiter.api.Assertions.assertNotEquals(accent, warn);

    page.button("button-warn").click();
    assertThat(received()).hasText("Clicked: warn (1)");
    assertThat(page.button("button-disabled")).isDisabled();
    page.button("button-disabled").click(new Locator.ClickOptions().setForce(true));
    page.button("button-accent").click();
    assertThat(received()).hasText("Clicked: accent (2)"); // the disabled click never counted
    page.assertNoProblems();
  }

  @Test
  void contentButtonsShowTheirChildren() {
    page.open("/gallery");
    Locator content = page.key("button-content");
    assertThat(content.locator("md-outlined-button")).isVisible();
    assertThat(content.locator("mesopj-text")).hasText(new String[] {"cloud_upload", "Upload"});
    // The icon is drawn with the Material Symbols font inside the button's box.
    // Measured once the icon font has loaded (browsers fetch it when a glyph first needs it).
    Object width = content.locator("mesopj-text").first().evaluate("el => document.fonts.load("
        + "'18px \"Material Symbols Outlined\"', 'cloud_upload').then(() => document.fonts.ready)"
        + ".then(() => new Promise(r => requestAnimationFrame(() => r(el.getBoundingClientRect().width))))");
    org.junit.jupiter.api.Assertions.assertTrue(((Number) width).doubleValue() < 40, "icon ligature, not text: " + width);
    page.button("button-content").click();
    assertThat(received()).hasText("Clicked: content (1)");
    page.key("button-icon-content").locator("md-icon-button").click();
    assertThat(received()).hasText("Clicked: icon-content (2)");
    page.assertNoProblems();
  }

  @Test
  void checkboxesAndTheirIndeterminateParent() {
    page.open("/gallery");
    Locator all = page.key("checkbox-all").locator("md-checkbox");
    assertThat(all).hasJSProperty("indeterminate", true); // one of three toppings at the start
    assertThat(page.key("checkbox-received")).hasText("Toppings: Cheese; terms: not accepted");

    page.key("checkbox-olives").locator("md-checkbox").click();
    page.key("checkbox-basil").getByText("Basil").click(); // the label toggles too
    assertThat(page.key("checkbox-received")).hasText("Toppings: Cheese, Olives, Basil; terms: not accepted");
    assertThat(all).hasJSProperty("indeterminate", false);
    assertThat(all).hasJSProperty("checked", true);

    all.click(); // unticks every topping
    assertThat(page.key("checkbox-received")).hasText("Toppings: none; terms: not accepted");
    assertThat(page.key("checkbox-cheese").locator("md-checkbox")).hasJSProperty("checked", false);

    page.key("checkbox-terms").locator("md-checkbox").click();
    assertThat(page.key("checkbox-received")).hasText("Toppings: none; terms: accepted");
    assertThat(page.key("checkbox-disabled").locator("md-checkbox")).hasJSProperty("disabled", true);
    page.screenshots("inputs-buttons");
    page.assertNoProblems();
  }

  private Locator received() {
    return page.key("button-received");
  }

  private String background(String key) {
    return (String) page.key(key).locator("md-filled-button").evaluate(
        "el => getComputedStyle(el).getPropertyValue('--md-sys-color-primary').trim()");
  }
}
