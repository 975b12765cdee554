package io.mesopj.demo;

import io.mesopj.api.ClickEvent;
import io.mesopj.api.Page;
import io.mesopj.api.PageRenderer;
import io.mesopj.api.Style;
import io.mesopj.api.Typography;
import io.mesopj.api.Ui;

/** The demo's home: what mesopj is and links to each example. */
@Page(path = "/", title = "mesopj demo")
public final class HomePage implements PageRenderer {
  private static final Style GRID = Style.of().display("grid")
      .gridTemplateColumns("repeat(auto-fill, minmax(240px, 1fr))").gap(16);

  @Override
  public void render(Ui ui) {
    DemoLayout.page(ui, "Demo", () -> {
      ui.markdown("Pages written in **plain Java**: render from state, handle events, stream updates."
          + " State lives in a store, so any node can serve any event.");
      ui.box(GRID, () -> {
        example(ui, "Counter", "State and click handlers.", "/counter");
        example(ui, "Form", "Inputs, a textarea and a checkbox.", "/form");
        example(ui, "Chat", "A streaming handler that types its reply word by word.", "/chat");
        example(ui, "Large page", "Hundreds of components; a click sends a diff of one.", "/large");
        example(ui, "Component gallery", "Every component, in use, with its Java call.", "/gallery");
        example(ui, "Page features", "Navigation, query and path parameters, commands, keys.", "/features");
      });
    });
  }

  private void example(Ui ui, String title, String blurb, String path) {
    ui.box(DemoLayout.CARD, () -> {
      ui.text(title, Typography.HEADLINE_6);
      ui.text(blurb, Typography.BODY_2);
      ui.button("Open", e -> go(e, path)).key("open-" + path.substring(1));
    });
  }

  private void go(ClickEvent e, String path) {
    e.navigate(path);
  }
}
