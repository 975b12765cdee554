package io.mesopj.demo;

import io.mesopj.api.Style;
import io.mesopj.api.Typography;
import io.mesopj.api.Ui;

/** The demo's shared page frame: a header with the app name and a centred content column. */
final class DemoLayout {
  static final Style PAGE = Style.column().gap(24).padding(24).maxWidth(880).margin("0 auto")
      .width("100%").boxSizing("border-box");
  static final Style CARD = Style.column().gap(12).padding(20).borderRadius(16)
      .background("var(--md-sys-color-surface-container)");
  private static final Style HEADER = Style.row().alignItems("baseline").gap(16)
      .borderBottom("1px solid var(--md-sys-color-outline-variant)").padding("0 0 12px 0");

  private DemoLayout() {}

  /** Renders the frame with {@code title}, then {@code content} inside the column. */
  static void page(Ui ui, String title, Runnable content) {
    ui.box(PAGE, () -> {
      ui.box(HEADER, () -> {
        ui.text("mesopj", Typography.HEADLINE_6).style(Style.of().color("var(--md-sys-color-primary)"));
        ui.text(title, Typography.HEADLINE_5);
      });
      content.run();
    });
  }
}
