package io.mesopj.demo;

import io.mesopj.api.ButtonType;
import io.mesopj.api.ClickEvent;
import io.mesopj.api.Page;
import io.mesopj.api.PageRenderer;
import io.mesopj.api.Style;
import io.mesopj.api.Typography;
import io.mesopj.api.Ui;
import java.util.List;

/**
 * A page of many components ({@code ?n=1000}, default 200) where a click changes one row: shows
 * that an update sends a diff of the one changed component, not the page. The benchmarks use it.
 */
@Page(path = "/large", title = "Large page")
public final class LargePage implements PageRenderer {
  /** Which row was changed last, and how often. */
  public static final class Large {
    int changes;
  }

  private static final int DEFAULT_ROWS = 200;
  private static final int MAX_ROWS = 5000;
  private static final Style ROWS = Style.of().display("grid")
      .gridTemplateColumns("repeat(auto-fill, minmax(120px, 1fr))").gap(4);

  @Override
  public void render(Ui ui) {
    Large s = ui.state(Large.class);
    int n = rows(ui.queryParams().get("n"));
    int changed = s.changes % n;
    DemoLayout.page(ui, "Large page", () -> {
      ui.box(Style.row().gap(12).alignItems("center"), () -> {
        ui.button("Change one row", this::change, ButtonType.FLAT).key("change");
        ui.text(n + " rows, " + s.changes + " changes", Typography.BODY_2).key("status");
      });
      ui.box(ROWS, () -> {
        for (int i = 0; i < n; i++) {
          ui.text(i == changed && s.changes > 0 ? "row " + i + " *" + s.changes : "row " + i);
        }
      }).key("rows");
    });
  }

  void change(ClickEvent e) {
    e.state(Large.class).changes++;
  }

  private static int rows(List<String> param) {
    if (param == null || param.isEmpty()) {
      return DEFAULT_ROWS;
    }
    try {
      return Math.max(1, Math.min(MAX_ROWS, Integer.parseInt(param.get(0))));
    } catch (NumberFormatException e) {
      return DEFAULT_ROWS;
    }
  }
}
