package io.mesopj.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/** Sidenav, card, expansion panel and accordion on the gallery, used as a person would. */
class LayoutGalleryBrowserIT extends BrowserTestBase {

  private double x(Locator locator) {
    return locator.boundingBox().x;
  }

  /** Clicks the checkbox with this key and waits until the server has handled its event. */
  private void tick(String key) {
    String count = "k => window.__mesopjEvents.filter(e => e.key === k).length";
    int before = ((Number) page.page().evaluate(count, key)).intValue();
    page.key(key).getByRole(com.microsoft.playwright.options.AriaRole.CHECKBOX).click();
    page.page().waitForFunction("([k, n]) => window.__mesopjEvents.filter(e => e.key === k).length > n",
        java.util.List.of(key, before));
    page.waitIdle();
  }

  @Test
  void sidenavOpensClosesAndMovesTheContent() {
    page.open("/gallery");
    Locator item = page.key("sidenav-item-inbox");
    Locator content = page.key("sidenav-content");
    assertThat(item).isVisible(); // the gallery starts with it open
    double openX = x(content);

    page.click("sidenav-toggle");
    assertThat(item).isHidden();
    assertThat(page.key("sidenav-result")).hasText("Sidenav: closed; last event: none");
    double closedX = openX - 200; // the content moved into the drawer's 200 px
    page.page().waitForCondition(() -> Math.abs(x(content) - closedX) < 1);

    page.click("sidenav-toggle");
    assertThat(item).isVisible();
    page.page().waitForCondition(() -> Math.abs(x(content) - openX) < 1);
    // Escape with focus in the drawer asks the server to close it, through onOpenedChanged.
    item.locator("button").focus();
    page.page().keyboard().press("Escape");
    page.waitIdle();
    assertThat(page.key("sidenav-result")).hasText("Sidenav: closed; last event: opened=false");
    assertThat(item).isHidden();
    page.page().waitForCondition(() -> Math.abs(x(content) - closedX) < 1);
    page.assertNoProblems();
  }

  @Test
  void sidenavOverTheContentClosesFromTheScrimAndCanSitAtTheEnd() {
    page.open("/gallery");
    tick("sidenav-over");
    Locator content = page.key("sidenav-content");
    Locator drawer = page.key("sidenav").locator("nav.drawer");
    page.page().waitForCondition(() -> x(content) < x(drawer) + 50); // content no longer pushed aside
    Locator scrim = page.key("sidenav").locator(".scrim");
    assertThat(scrim).isVisible();
    scrim.click(new Locator.ClickOptions().setPosition(500, 100)); // right of the 200 px drawer
    page.waitIdle();
    assertThat(page.key("sidenav-result")).hasText("Sidenav: closed; last event: opened=false");
    assertThat(page.key("sidenav-item-inbox")).isHidden();

    tick("sidenav-end");
    page.click("sidenav-toggle");
    assertThat(page.key("sidenav-item-inbox")).isVisible();
    Locator frame = page.key("sidenav");
    page.page().waitForCondition(() -> {
      var box = drawer.boundingBox();
      var outer = frame.boundingBox();
      return Math.abs(box.x + box.width - (outer.x + outer.width)) < 2; // flush with the end edge
    });
    page.assertNoProblems();
  }

  @Test
  void cardsShowHeaderContentAndActionsInEachAppearance() {
    page.open("/gallery");
    Locator outlined = page.key("card-outlined");
    assertThat(outlined).hasAttribute("data-appearance", "outlined");
    assertThat(page.key("card-elevated")).hasAttribute("data-appearance", "elevated");
    assertThat(page.key("card-filled")).hasAttribute("data-appearance", "filled");
    assertThat(outlined.locator("mesopj-card-header h3")).hasText("Grapefruit");
    assertThat(outlined.locator("mesopj-card-header .subtitle")).hasText("outlined card");
    assertThat(outlined.locator("mesopj-card-header img.avatar")).isVisible();
    assertThat(outlined.locator("mesopj-card-content")).containsText("subtropical citrus");
    // Actions aligned to the end: "Like" is the right-most, close to the card's right edge.
    var card = outlined.boundingBox();
    var like = page.key("card-like-outlined").boundingBox();
    assertTrue(card.x + card.width - (like.x + like.width) < 40, "actions sit at the end");
    assertTrue(outlined.locator("mesopj-card-actions").getByText("Share").boundingBox().x < like.x);

    page.click("card-like-elevated");
    page.click("card-like-filled");
    assertThat(page.key("card-result")).hasText("Likes: 2");
    page.assertNoProblems();
  }

  @Test
  void expansionPanelTogglesWithMouseAndKeyboardAndReportsIt() {
    page.open("/gallery");
    Locator header = page.key("panel-grapefruit").locator("button.header");
    Locator content = page.page().getByText("Grapefruit content.");
    assertThat(content).isHidden();
    assertThat(header).hasAttribute("aria-expanded", "false");
    assertThat(header).containsText("Kind of fruit");

    header.click();
    page.waitIdle();
    assertThat(content).isVisible();
    assertThat(header).hasAttribute("aria-expanded", "true");
    assertThat(page.key("panel-result")).hasText("Last toggle: panel-grapefruit opened");

    header.focus();
    page.page().keyboard().press("Enter");
    page.waitIdle();
    assertThat(content).isHidden();
    assertThat(page.key("panel-result")).hasText("Last toggle: panel-grapefruit closed");

    Locator disabled = page.key("panel-pineapple").locator("button.header");
    assertThat(disabled).isDisabled();
    assertThat(disabled).hasAttribute("aria-disabled", "true");
    assertThat(page.page().getByText("Pineapple content.")).isHidden();
    page.assertNoProblems();
  }

  @Test
  void accordionKeepsOnePanelOpenUnlessMulti() {
    page.open("/gallery");
    Locator pie = page.page().getByText("Pie content.");
    Locator donut = page.page().getByText("Donut content.");
    Locator iceCream = page.page().getByText("Ice cream content.");
    assertThat(pie).isVisible();
    assertThat(donut).isHidden();

    header("donut").click();
    page.waitIdle();
    assertThat(pie).isHidden();
    assertThat(donut).isVisible();
    assertThat(iceCream).isHidden();
    assertThat(page.key("accordion-result")).hasText("Open: donut"); // pie's close was reported first

    header("donut").click();
    page.waitIdle();
    assertThat(donut).isHidden();
    assertThat(page.key("accordion-result")).hasText("Open: none");

    header("icecream").click();
    page.waitIdle();
    assertThat(iceCream).isVisible();
    assertThat(page.key("accordion-result")).hasText("Open: icecream");

    tick("accordion-multi");
    header("pie").click();
    page.waitIdle();
    header("donut").click();
    page.waitIdle();
    assertThat(pie).isVisible();
    assertThat(donut).isVisible();
    assertThat(iceCream).isVisible();
    assertThat(page.key("accordion-result")).hasText("Open: icecream, pie, donut");
    page.screenshots("layout-gallery");
    page.assertNoProblems();
  }

  private Locator header(String key) {
    return page.key(key).locator("button.header");
  }

  @Test
  void panelsInAnAccordionAreOneGroup() {
    page.open("/gallery");
    // Rounded only at the group's ends: the middle panel has square corners.
    String radius = (String) page.key("donut").evaluate("el => getComputedStyle(el).borderTopLeftRadius");
    assertEquals("0px", radius);
    page.assertNoProblems();
  }
}
