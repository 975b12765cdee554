package io.mesopj.demo;

import io.mesopj.api.ButtonType;
import io.mesopj.api.ClickEvent;
import io.mesopj.api.Page;
import io.mesopj.api.PageRenderer;
import io.mesopj.api.Style;
import io.mesopj.api.ThemeColor;
import io.mesopj.api.Typography;
import io.mesopj.api.Ui;

/** A counter: the smallest stateful page. */
@Page(path = "/counter", title = "Counter")
public final class CounterPage implements PageRenderer {
  /** The page's state: a plain class with defaults. */
  public static final class Counter {
    int count;
  }

  @Override
  public void render(Ui ui) {
    Counter s = ui.state(Counter.class);
    DemoLayout.page(ui, "Counter", () -> {
      ui.box(DemoLayout.CARD.alignItems("flex-start"), () -> {
        ui.text("Count: " + s.count, Typography.HEADLINE_4).key("count");
        ui.box(Style.row().gap(8).flexWrap("wrap"), () -> {
          ui.button("Add", this::add, ButtonType.FLAT).color(ThemeColor.PRIMARY).key("add");
          ui.button("Subtract", this::subtract, ButtonType.STROKED).key("subtract");
          ui.button("Reset", this::reset).disabled(s.count == 0).key("reset");
        });
      });
    });
  }

  void add(ClickEvent e) {
    e.state(Counter.class).count++;
  }

  void subtract(ClickEvent e) {
    e.state(Counter.class).count--;
  }

  void reset(ClickEvent e) {
    e.state(Counter.class).count = 0;
  }
}
