package io.mesopj.demo;

import io.mesopj.api.ButtonType;
import io.mesopj.api.ClickEvent;
import io.mesopj.api.InputEvent;
import io.mesopj.api.Page;
import io.mesopj.api.PageRenderer;
import io.mesopj.api.Style;
import io.mesopj.api.ThemeMode;
import io.mesopj.api.Typography;
import io.mesopj.api.Ui;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Page features: navigation with path and query parameters (state carries over), query
 * parameters written from handlers, commands (scroll, focus, title, theme, density) and keyed
 * components that keep focus and typed text when siblings change.
 */
@Page(path = "/features", title = "Page features")
public final class FeaturesPage implements PageRenderer {
  /** Shared by the features pages: state belongs to the session, not to one page. */
  public static final class Features {
    int detailLoads;
    List<Row> rows = new ArrayList<>(List.of(new Row("a", ""), new Row("b", "")));
    int nextRow;
  }

  /** A keyed row of the list. */
  public static final class Row {
    String id;
    String text;

    Row() {}

    Row(String id, String text) {
      this.id = id;
      this.text = text;
    }
  }

  private static final Style ROW = Style.row().gap(8).flexWrap("wrap").alignItems("center");

  @Override
  public void render(Ui ui) {
    Features f = ui.state(Features.class);
    int step = step(ui.queryParams());
    DemoLayout.page(ui, "Page features", () -> {
      ui.box(DemoLayout.CARD, () -> {
        ui.text("Navigation", Typography.HEADLINE_6);
        ui.text("The detail page has loaded " + f.detailLoads + " time(s).").key("loads");
        ui.button("Open detail 42", this::openDetail, ButtonType.FLAT).key("open-detail");
      });
      ui.box(DemoLayout.CARD, () -> {
        ui.text("Query parameters", Typography.HEADLINE_6);
        ui.text("step = " + step + " (read from the URL)").key("step");
        ui.button("Next step", this::nextStep, ButtonType.STROKED).key("next-step");
      });
      ui.box(DemoLayout.CARD, () -> {
        ui.text("Commands", Typography.HEADLINE_6);
        ui.box(ROW, () -> {
          ui.button("Scroll to the end", e -> e.scrollIntoView("end")).key("scroll");
          ui.button("Focus the last row", this::focusLast).key("focus");
          ui.button("Set the title", e -> e.setPageTitle("Features (renamed)")).key("title");
        });
        ui.box(ROW, () -> {
          ui.button("Light", e -> e.setThemeMode(ThemeMode.LIGHT)).key("theme-light");
          ui.button("Dark", e -> e.setThemeMode(ThemeMode.DARK)).key("theme-dark");
          ui.button("System", e -> e.setThemeMode(ThemeMode.SYSTEM)).key("theme-system");
          ui.button("Dense", e -> e.setThemeDensity(-2)).key("density-dense");
          ui.button("Normal density", e -> e.setThemeDensity(0)).key("density-normal");
        });
      });
      ui.box(DemoLayout.CARD, () -> {
        ui.text("Keys keep identity", Typography.HEADLINE_6);
        ui.text("Type in a row, then insert a row above it: the field keeps its text and focus.",
            Typography.BODY_2);
        ui.button("Insert a row at the top", this::insertRow, ButtonType.STROKED).key("insert-row");
        for (Row row : f.rows) {
          ui.input("Row " + row.id).value(row.text).onInput(e -> edit(e, row.id)).key("row-" + row.id);
        }
      });
      ui.box(Style.of().height("120vh")); // room to scroll
      ui.text("The end.", Typography.SUBTITLE_1).key("end");
    });
  }

  private static int step(Map<String, List<String>> query) {
    List<String> v = query.get("step");
    try {
      return v == null || v.isEmpty() ? 1 : Integer.parseInt(v.get(0));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  void openDetail(ClickEvent e) {
    e.navigate("/features/detail/42", Map.of("tab", List.of("info")));
  }

  void nextStep(ClickEvent e) {
    e.setQueryParam("step", Integer.toString(step(e.queryParams()) + 1));
  }

  void focusLast(ClickEvent e) {
    List<Row> rows = e.state(Features.class).rows;
    e.focus("row-" + rows.get(rows.size() - 1).id);
  }

  void insertRow(ClickEvent e) {
    Features f = e.state(Features.class);
    f.rows.add(0, new Row("n" + f.nextRow++, ""));
  }

  void edit(InputEvent e, String rowId) {
    for (Row row : e.state(Features.class).rows) {
      if (row.id.equals(rowId)) {
        row.text = e.value();
      }
    }
  }
}
