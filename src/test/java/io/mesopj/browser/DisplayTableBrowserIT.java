package io.mesopj.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import io.mesopj.testsupport.BrowserPage;
import org.junit.jupiter.api.Test;

/** The gallery's table: cell clicks reach the handler; the header and first column stay in view. */
class DisplayTableBrowserIT extends BrowserTestBase {

  @Test
  void clickingACellReportsItsRowAndColumn() {
    page.open("/gallery");
    Locator table = page.key("table-demo");
    assertThat(table.locator("th")).hasText(new String[] {"Element", "Symbol", "Number", "Atomic mass", "Group",
        "Period", "Block", "Category"});
    assertThat(table.locator("tbody tr")).hasCount(20);
    assertThat(page.key("table-clicked")).hasText("Click a cell.");

    cell(3, 2).click();
    assertThat(page.key("table-clicked")).hasText("Clicked row 3, column 2 (Number): 4");
    cell(0, 0).click();
    assertThat(page.key("table-clicked")).hasText("Clicked row 0, column 0 (Element): Hydrogen");
    cell(19, 7).scrollIntoViewIfNeeded();
    cell(19, 7).click();
    assertThat(page.key("table-clicked")).hasText("Clicked row 19, column 7 (Category): Alkaline earth metal");

    // Keyboard: the clicked cell keeps the focus; arrows move it, Enter clicks.
    page.page().keyboard().press("ArrowUp");
    page.page().keyboard().press("ArrowLeft");
    page.page().keyboard().press("Enter");
    assertThat(page.key("table-clicked")).hasText("Clicked row 18, column 6 (Block): s");
    page.assertNoProblems();
  }

  @Test
  void theStickyHeaderAndFirstColumnStayVisibleWhenTheTableScrolls() {
    page.page().setViewportSize(BrowserPage.PHONE_WIDTH, BrowserPage.PHONE_HEIGHT); // the table overflows sideways
    page.open("/gallery");
    Locator table = page.key("table-demo");
    table.scrollIntoViewIfNeeded();
    BoundingBox box = table.boundingBox();
    assertEquals(320.0, box.height, 0.5, "max-height from the app's style");
    Locator header = table.locator("th").nth(2);
    Locator firstRow = cell(0, 2);
    double headerTop = header.boundingBox().y;

    scroll(table, "scrollTop", 400);
    assertEquals(headerTop, header.boundingBox().y, 0.5, "the header did not move");
    assertTrue(firstRow.boundingBox().y + firstRow.boundingBox().height <= headerTop + 0.5,
        "the rows scrolled under it");
    assertEquals(box.y + 1, headerTop, 0.5, "at the top edge of the table (inside its 1px border)");

    Locator name = cell(10, 0);
    Locator symbol = cell(10, 1);
    double nameX = name.boundingBox().x;
    double symbolX = symbol.boundingBox().x;
    scroll(table, "scrollLeft", 150);
    assertEquals(nameX, name.boundingBox().x, 0.5, "the sticky first column did not move");
    assertEquals(symbolX - 150, symbol.boundingBox().x, 0.5, "the other columns scrolled");
    assertEquals(nameX, table.locator("th").first().boundingBox().x, 0.5, "nor did its header cell");
    assertEquals(headerTop, table.locator("th").first().boundingBox().y, 0.5);

    // What is under the sticky cells is not visible through them.
    assertThat(table.locator("th").first()).not().hasCSS("background-color", "rgba(0, 0, 0, 0)");
    assertThat(name).not().hasCSS("background-color", "rgba(0, 0, 0, 0)");
    page.assertNoProblems();
  }

  private Locator cell(int row, int column) {
    return page.key("table-demo").locator("td[data-row=\"" + row + "\"][data-column=\"" + column + "\"]");
  }

  /** Scrolls the table itself and waits a frame for sticky positions to settle. */
  private static void scroll(Locator table, String property, int px) {
    table.evaluate("(el, [p, v]) => { el[p] = v; return new Promise(r => requestAnimationFrame(() => r())); }",
        java.util.List.of(property, px));
  }
}
