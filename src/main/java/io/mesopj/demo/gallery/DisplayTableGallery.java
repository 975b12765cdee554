package io.mesopj.demo.gallery;

import io.mesopj.api.Style;
import io.mesopj.api.TableClickEvent;
import io.mesopj.api.TableColumn;
import io.mesopj.api.Ui;
import java.util.List;

/** Gallery section of the table. */
final class DisplayTableGallery {
  /** State of this section. */
  public static final class TableState {
    String clicked = "";
  }

  /** A row of the demo table. */
  record Element(String name, String symbol, int number, double mass, int group, int period, String block,
      String category) {}

  static final List<Element> ELEMENTS = List.of(
      new Element("Hydrogen", "H", 1, 1.008, 1, 1, "s", "Reactive nonmetal"),
      new Element("Helium", "He", 2, 4.0026, 18, 1, "s", "Noble gas"),
      new Element("Lithium", "Li", 3, 6.94, 1, 2, "s", "Alkali metal"),
      new Element("Beryllium", "Be", 4, 9.0122, 2, 2, "s", "Alkaline earth metal"),
      new Element("Boron", "B", 5, 10.81, 13, 2, "p", "Metalloid"),
      new Element("Carbon", "C", 6, 12.011, 14, 2, "p", "Reactive nonmetal"),
      new Element("Nitrogen", "N", 7, 14.007, 15, 2, "p", "Reactive nonmetal"),
      new Element("Oxygen", "O", 8, 15.999, 16, 2, "p", "Reactive nonmetal"),
      new Element("Fluorine", "F", 9, 18.998, 17, 2, "p", "Reactive nonmetal"),
      new Element("Neon", "Ne", 10, 20.180, 18, 2, "p", "Noble gas"),
      new Element("Sodium", "Na", 11, 22.990, 1, 3, "s", "Alkali metal"),
      new Element("Magnesium", "Mg", 12, 24.305, 2, 3, "s", "Alkaline earth metal"),
      new Element("Aluminium", "Al", 13, 26.982, 13, 3, "p", "Post-transition metal"),
      new Element("Silicon", "Si", 14, 28.085, 14, 3, "p", "Metalloid"),
      new Element("Phosphorus", "P", 15, 30.974, 15, 3, "p", "Reactive nonmetal"),
      new Element("Sulfur", "S", 16, 32.06, 16, 3, "p", "Reactive nonmetal"),
      new Element("Chlorine", "Cl", 17, 35.45, 17, 3, "p", "Reactive nonmetal"),
      new Element("Argon", "Ar", 18, 39.95, 18, 3, "p", "Noble gas"),
      new Element("Potassium", "K", 19, 39.098, 1, 4, "s", "Alkali metal"),
      new Element("Calcium", "Ca", 20, 40.078, 2, 4, "s", "Alkaline earth metal"));

  static final List<TableColumn<Element>> COLUMNS = List.of(
      TableColumn.of("Element", Element::name),
      TableColumn.of("Symbol", Element::symbol),
      TableColumn.of("Number", Element::number),
      TableColumn.of("Atomic mass", Element::mass),
      TableColumn.of("Group", Element::group),
      TableColumn.of("Period", Element::period),
      TableColumn.of("Block", Element::block),
      TableColumn.of("Category", Element::category));

  private DisplayTableGallery() {}

  static void render(Ui ui) {
    TableState s = ui.state(TableState.class);
    GallerySection.section(ui, "table", "Table",
        "`ui.table(columns, rows)` or `ui.table(List.of(TableColumn.of(name, Row::field), ...), items)`;"
            + " `.stickyHeader(true)`, `.stickyColumns(names...)`, `.onClick(handler)` with the row and column.",
        () -> {
          ui.table(COLUMNS, ELEMENTS).stickyHeader(true).stickyColumns("Element")
              .onClick(DisplayTableGallery::cellClicked).style(Style.of().maxHeight("320px")).key("table-demo");
          ui.text(s.clicked.isEmpty() ? "Click a cell." : s.clicked).style(DisplayGallery.CAPTION)
              .key("table-clicked");
        });
  }

  static void cellClicked(TableClickEvent e) {
    // Indexes come from the browser: check them before use.
    boolean known = e.row() < ELEMENTS.size() && e.column() < COLUMNS.size();
    String value = known ? COLUMNS.get(e.column()).text(ELEMENTS.get(e.row())) : "?";
    e.state(TableState.class).clicked = "Clicked row " + e.row() + ", column " + e.column() + " ("
        + e.columnName() + "): " + value;
  }
}
