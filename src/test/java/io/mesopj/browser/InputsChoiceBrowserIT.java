package io.mesopj.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** Gallery: radio groups, selects (single, multiple, grouped), sliders, slide toggles and button toggles. */
class InputsChoiceBrowserIT extends BrowserTestBase {

  @Test
  void radioSendsTheChosenValue() {
    page.open("/gallery");
    Locator sizes = page.key("radio-size");
    assertThat(radio(sizes, "Medium")).isChecked();
    assertThat(page.key("radio-size-received")).hasText("Size: m");
    radio(sizes, "Large").check();
    assertThat(page.key("radio-size-received")).hasText("Size: l");
    sizes.getByText("Small").click(); // the label works too
    assertThat(page.key("radio-size-received")).hasText("Size: s");
    assertThat(radio(sizes, "Large")).not().isChecked();
    assertThat(radio(sizes, "Extra large (sold out)")).isDisabled();
    radio(sizes, "Small").press("ArrowRight"); // arrow keys move the choice, as in any radio group
    assertThat(page.key("radio-size-received")).hasText("Size: m");

    Locator shipping = page.key("radio-shipping");
    radio(shipping, "Express (1–2 days)").check();
    assertThat(page.key("radio-shipping-received")).hasText("Shipping: express");
    // Vertical: one option under the other.
    double first = radio(shipping, "Standard (3–5 days)").boundingBox().y;
    double second = radio(shipping, "Express (1–2 days)").boundingBox().y;
    org.junit.jupiter.api.Assertions.assertTrue(second > first + 20, "vertical layout");
    double small = radio(sizes, "Small").boundingBox().y;
    double medium = radio(sizes, "Medium").boundingBox().y;
    org.junit.jupiter.api.Assertions.assertEquals(small, medium, 1, "horizontal layout");

    for (Locator r : page.key("radio-disabled").getByRole(AriaRole.RADIO).all()) {
      assertThat(r).isDisabled();
    }
    page.assertNoProblems();
  }

  @Test
  void singleSelectSendsTheChosenValue() {
    page.open("/gallery");
    Locator select = page.key("select-fruit");
    Locator field = select.getByRole(AriaRole.COMBOBOX);
    assertThat(field).hasAttribute("aria-expanded", "false");
    assertThat(select.locator(".display")).hasText(""); // the label sits in the field
    field.click();
    assertThat(field).hasAttribute("aria-expanded", "true");
    assertThat(select.getByRole(AriaRole.LISTBOX)).isVisible();
    assertThat(select.locator(".display")).hasText("Pick a fruit"); // the placeholder, once the label floats
    option(select, "Banana").click();
    assertThat(page.key("select-fruit-received")).hasText("Fruit: banana (opened 1×)");
    assertThat(field).hasAttribute("aria-expanded", "false");
    assertThat(select.locator(".display")).hasText("Banana");

    field.focus();
    field.press("ArrowDown"); // opens with the chosen option focused
    assertThat(select.getByRole(AriaRole.LISTBOX)).isVisible();
    assertThat(option(select, "Banana")).hasJSProperty("tabIndex", 0); // set as it takes the focus
    page.page().keyboard().press("ArrowDown");
    page.page().keyboard().press("Enter");
    assertThat(page.key("select-fruit-received")).hasText("Fruit: cherry (opened 2×)");
    assertThat(select.locator(".display")).hasText("Cherry");
    assertThat(option(select, "Durian")).hasJSProperty("disabled", true);

    Locator disabled = page.key("select-disabled").getByRole(AriaRole.COMBOBOX);
    assertThat(disabled).hasAttribute("aria-disabled", "true");
    disabled.click(new Locator.ClickOptions().setForce(true));
    assertThat(disabled).hasAttribute("aria-expanded", "false");
    page.assertNoProblems();
  }

  @Test
  void multipleSelectWithGroupsSendsAllChosenValues() {
    page.open("/gallery");
    Locator select = page.key("select-toppings");
    assertThat(select.locator(".display")).hasText("Mozzarella, Basil");
    select.getByRole(AriaRole.COMBOBOX).click();
    assertThat(select.locator(".group-label")).hasText(new String[] {"Cheese", "Greens"});
    option(select, "Rocket").click();
    assertThat(page.key("select-toppings-received")).hasText("Toppings: cheese, basil, rocket");
    assertThat(select.getByRole(AriaRole.LISTBOX)).isVisible(); // stays open to choose more
    option(select, "Mozzarella").click();
    assertThat(page.key("select-toppings-received")).hasText("Toppings: basil, rocket");
    option(select, "Chili oil").press("Enter"); // keyboard toggles too
    assertThat(page.key("select-toppings-received")).hasText("Toppings: basil, rocket, chili");
    assertThat(select.locator(".display")).hasText("Basil, Rocket, Chili oil");
    page.screenshots("inputs-select-open");
    page.page().keyboard().press("Escape");
    assertThat(select.getByRole(AriaRole.COMBOBOX)).hasAttribute("aria-expanded", "false");
    page.assertNoProblems();
  }

  @Test
  void sliderSendsTheNumberWhenMoved() {
    page.open("/gallery");
    Locator volume = page.key("slider-volume").getByRole(AriaRole.SLIDER);
    assertThat(volume).hasValue("40");
    assertThat(page.key("slider-volume").locator("md-slider")).hasJSProperty("labeled", true); // discrete
    assertThat(page.key("slider-rating").locator("md-slider")).hasJSProperty("ticks", true);
    volume.focus();
    page.page().keyboard().press("ArrowRight");
    page.page().keyboard().press("ArrowRight");
    assertThat(page.key("slider-volume-received")).hasText("Volume: 42");

    // A click far along the track: the thumb jumps there and the handler gets where it landed.
    var box = page.key("slider-volume").locator("md-slider").boundingBox();
    page.page().mouse().click(box.x + box.width * 0.8, box.y + box.height / 2);
    page.page().waitForFunction("el => Number(el.value) > 60", volume.elementHandle());
    assertThat(page.key("slider-volume-received")).hasText("Volume: " + volume.inputValue());

    Locator rating = page.key("slider-rating").getByRole(AriaRole.SLIDER);
    rating.focus();
    page.page().keyboard().press("ArrowRight"); // one step is 0.5
    assertThat(page.key("slider-rating-received")).hasText("Rating: 3");
    page.page().keyboard().press("ArrowRight");
    assertThat(page.key("slider-rating-received")).hasText("Rating: 3.5");
    page.page().keyboard().press("End");
    assertThat(page.key("slider-rating-received")).hasText("Rating: 5");
    assertThat(rating).hasAttribute("max", "5");
    assertThat(page.key("slider-disabled").getByRole(AriaRole.SLIDER)).isDisabled();
    page.assertNoProblems();
  }

  @Test
  void slideToggleSendsItsNewState() {
    page.open("/gallery");
    Locator wifi = page.key("toggle-wifi").getByRole(AriaRole.SWITCH);
    assertThat(wifi).isChecked();
    wifi.click();
    assertThat(page.key("toggle-received")).hasText("Wi-Fi: off, airplane mode: off");
    assertThat(wifi).not().isChecked();
    page.key("toggle-airplane").getByText("Airplane mode").click(); // the label toggles too
    assertThat(page.key("toggle-received")).hasText("Wi-Fi: off, airplane mode: on");
    wifi.press("Space");
    assertThat(page.key("toggle-received")).hasText("Wi-Fi: on, airplane mode: on");
    assertThat(page.key("toggle-disabled").getByRole(AriaRole.SWITCH)).isDisabled();
    assertThat(page.key("toggle-airplane").locator("md-switch")).hasJSProperty("icons", false);
    page.assertNoProblems();
  }

  @Test
  void buttonToggleSingleAndMultiple() {
    page.open("/gallery");
    Locator align = page.key("toggle-align");
    assertThat(toggle(align, "Left")).hasAttribute("aria-pressed", "true");
    toggle(align, "Center").click();
    assertThat(page.key("toggle-align-received")).hasText("Alignment: center");
    assertThat(toggle(align, "Left")).hasAttribute("aria-pressed", "false");
    assertThat(toggle(align, "Center")).hasAttribute("aria-pressed", "true");
    int events = sentEvents();
    toggle(align, "Center").click(); // single selection: clicking the chosen one changes nothing
    toggle(align, "Right").click();
    assertThat(page.key("toggle-align-received")).hasText("Alignment: right");
    org.junit.jupiter.api.Assertions.assertEquals(events + 1, sentEvents(), "one event, for Right only");

    Locator styles = page.key("toggle-styles");
    toggle(styles, "Underline").click();
    assertThat(page.key("toggle-styles-received")).hasText("Styles: bold, underline");
    toggle(styles, "Bold").click();
    assertThat(page.key("toggle-styles-received")).hasText("Styles: underline");
    toggle(styles, "Italic").click();
    assertThat(page.key("toggle-styles-received")).hasText("Styles: italic, underline"); // in button order
    toggle(styles, "Italic").click();
    toggle(styles, "Underline").click();
    assertThat(page.key("toggle-styles-received")).hasText("Styles: none");

    assertThat(toggle(page.key("toggle-disabled"), "Center")).isDisabled();
    assertThat(page.key("toggle-disabled").locator("md-icon")).hasCount(0); // no check mark
    assertThat(toggle(styles, "Bold").locator("md-icon")).hasCount(0);
    page.screenshots("inputs-choices");
    page.assertNoProblems();
  }

  /** User events the components have handed to the channel so far. */
  private int sentEvents() {
    return ((Number) page.page().evaluate("() => window.__mesopjEvents.length")).intValue();
  }

  private static Locator radio(Locator group, String name) {
    return group.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  private static Locator option(Locator select, String label) {
    return select.locator("md-select-option", new Locator.LocatorOptions().setHasText(label));
  }

  private static Locator toggle(Locator group, String name) {
    return group.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }
}
