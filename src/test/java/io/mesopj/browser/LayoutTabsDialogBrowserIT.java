package io.mesopj.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** Tabs, the dialog and user-defined components with named slots, on the gallery. */
class LayoutTabsDialogBrowserIT extends BrowserTestBase {
  // The focused element, looking through shadow roots, and whether it is inside the element with this key.
  private static final String FOCUS_INSIDE = """
      key => {
        let el = document.activeElement;
        while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
        const host = document.querySelector(`[data-key="${key}"]`);
        for (let n = el; n; n = n.parentNode || n.host) if (n === host) return true;
        return false;
      }""";
  private static final String FOCUSED_TEXT = """
      () => {
        let el = document.activeElement;
        while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
        return el ? el.textContent.trim() : '';
      }""";

  private Locator tab(String label) {
    return page.key("tabs").getByRole(AriaRole.TAB, new Locator.GetByRoleOptions().setName(label));
  }

  @Test
  void clickingATabShowsOnlyItsContent() {
    page.open("/gallery");
    assertThat(tab("Overview")).hasAttribute("aria-selected", "true");
    assertThat(page.key("tab-content-overview")).isVisible();
    assertThat(page.key("tab-content-details")).hasCount(0); // not even rendered

    tab("Details").click();
    page.waitIdle();
    assertThat(page.key("tabs-result")).hasText("Selected: 1 (Details)");
    assertThat(tab("Details")).hasAttribute("aria-selected", "true");
    assertThat(tab("Overview")).hasAttribute("aria-selected", "false");
    assertThat(page.key("tab-content-details")).isVisible();
    assertThat(page.key("tab-content-overview")).hasCount(0);
    String detailsTab = tab("Details").getAttribute("id");
    assertThat(page.key("tabs").getByRole(AriaRole.TABPANEL)).hasAttribute("aria-labelledby", detailsTab);

    tab("Archived").click(new Locator.ClickOptions().setForce(true)); // disabled: nothing happens
    assertThat(tab("Archived")).hasAttribute("aria-disabled", "true");
    page.waitIdle();
    assertThat(page.key("tabs-result")).hasText("Selected: 1 (Details)");
    page.assertNoProblems();
  }

  @Test
  void tabsWorkFromTheKeyboard() {
    page.open("/gallery");
    // One tab stop: the selected tab.
    assertEquals("0", tab("Overview").getAttribute("tabindex"));
    assertEquals("-1", tab("Details").getAttribute("tabindex"));
    tab("Overview").focus();
    page.page().keyboard().press("ArrowRight");
    assertEquals("infoDetails", page.page().evaluate(FOCUSED_TEXT).toString().replaceAll("\\s+", ""));
    page.page().keyboard().press("ArrowRight"); // skips the disabled "Archived"
    page.page().keyboard().press("Enter");
    page.waitIdle();
    assertThat(page.key("tabs-result")).hasText("Selected: 3 (Settings)");
    assertThat(page.key("tab-content-settings")).isVisible();

    page.page().keyboard().press("Home");
    page.page().keyboard().press("Space");
    page.waitIdle();
    assertThat(page.key("tabs-result")).hasText("Selected: 0 (Overview)");
    page.page().keyboard().press("End");
    page.page().keyboard().press("ArrowRight"); // wraps around to the first
    assertTrue(page.page().evaluate(FOCUSED_TEXT).toString().endsWith("Overview"));
    page.assertNoProblems();
  }

  @Test
  void dialogOpensFromStateTrapsFocusAndClosesOnEscapeButtonsOrScrim() {
    page.open("/gallery");
    Locator dialog = page.page().getByRole(AriaRole.DIALOG, new com.microsoft.playwright.Page.GetByRoleOptions()
        .setName("Delete cat.jpeg?"));
    assertThat(dialog).isHidden();
    page.click("dialog-open");
    assertThat(dialog).isVisible();
    assertThat(page.key("dialog-text")).isVisible();
    assertEquals(true, page.page().evaluate(FOCUS_INSIDE, "dialog"), "focus moved into the dialog");
    for (int i = 0; i < 5; i++) { // Tab and Shift+Tab wrap around inside
      page.page().keyboard().press(i % 2 == 0 ? "Tab" : "Shift+Tab");
      assertEquals(true, page.page().evaluate(FOCUS_INSIDE, "dialog"), "focus stays inside after key " + i);
    }
    page.page().keyboard().press("Tab");
    page.page().keyboard().press("Tab");
    page.page().keyboard().press("Tab");
    assertEquals(true, page.page().evaluate(FOCUS_INSIDE, "dialog"));
    page.screenshots("layout-dialog");

    page.page().keyboard().press("Escape");
    page.waitIdle();
    assertThat(dialog).isHidden();
    assertThat(page.key("dialog-result")).hasText("Dialog: dismissed");
    page.page().waitForCondition(() -> (Boolean) page.page().evaluate(FOCUS_INSIDE, "dialog-open")); // focus is back

    page.click("dialog-open");
    assertThat(dialog).isVisible();
    page.click("dialog-delete");
    assertThat(dialog).isHidden();
    assertThat(page.key("dialog-result")).hasText("Dialog: deleted");

    page.click("dialog-open");
    assertThat(dialog).isVisible();
    page.page().mouse().click(8, 8); // the scrim, far from the dialog box
    page.waitIdle();
    assertThat(dialog).isHidden();
    assertThat(page.key("dialog-result")).hasText("Dialog: dismissed");
    page.assertNoProblems();
  }

  @Test
  void clicksInsideTheDialogDoNotCloseIt() {
    page.open("/gallery");
    page.click("dialog-open");
    page.key("dialog-text").click();
    page.waitIdle();
    assertThat(page.key("dialog-result")).hasText("Dialog: none");
    assertThat(page.key("dialog-text")).isVisible();
    page.click("dialog-cancel");
    assertThat(page.key("dialog-result")).hasText("Dialog: cancelled");
    page.assertNoProblems();
  }

  @Test
  void callerContentLandsInTheNamedSlotsAndItsHandlersWork() {
    page.open("/gallery");
    for (String name : new String[] {"Alpha", "Beta"}) {
      String key = "slot-" + name.toLowerCase();
      assertThat(page.key(key + "-header")).containsText("Panel " + name);
      assertThat(page.key(key + "-header")).containsText("header of " + name);
      assertThat(page.key(key + "-body")).containsText("Body of panel " + name + ".");
      assertThat(page.key(key + "-body").locator("[data-key='" + key + "-button']")).hasCount(1);
      assertThat(page.key(key + "-footer")).hasText("footer of " + name);
    }
    String alphaId = handlerId("slot-alpha-button");
    String betaId = handlerId("slot-beta-button");
    assertNotEquals(alphaId, betaId, "the captured panel name takes part in the id");

    page.click("slot-beta-button");
    assertThat(page.key("slot-result")).hasText("Clicked: button in panel Beta");
    page.click("slot-alpha-button");
    assertThat(page.key("slot-result")).hasText("Clicked: button in panel Alpha");
    assertEquals(alphaId, handlerId("slot-alpha-button"), "ids stay the same across renders");
    page.assertNoProblems();
  }

  private String handlerId(String key) {
    return (String) page.key(key).evaluate("el => el.props.onClick");
  }
}
