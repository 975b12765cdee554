package io.mesopj.demo.gallery;

import io.mesopj.api.Style;
import io.mesopj.api.Typography;
import io.mesopj.api.Ui;

/** Small pieces the input gallery sections share: rows, labels and "what the handler received". */
final class InputsParts {
  static final Style ROW = Style.row().gap(16).flexWrap("wrap").alignItems("center");
  static final Style COLUMN = Style.column().gap(12);
  /** Fields in a grid that gives each at least 220px and fills the width. */
  static final Style GRID = Style.of().display("grid").gap(16)
      .gridTemplateColumns("repeat(auto-fill, minmax(220px, 1fr))");
  static final Style WIDE = Style.of().width("100%");
  /** Material Symbols as plain text: for icons inside buttons. */
  static final Style ICON = Style.of().fontFamily("'Material Symbols Outlined'").fontSize(18).lineHeight("1");
  private static final Style RECEIVED = Style.of().padding("4px 10px").borderRadius(8)
      .background("var(--md-sys-color-secondary-container)").color("var(--md-sys-color-on-secondary-container)")
      .fontFamily("ui-monospace, 'Roboto Mono', monospace").fontSize(13).whiteSpace("pre-wrap")
      .alignSelf("flex-start");

  private InputsParts() {}

  /** What a handler received, keyed for tests. */
  static void received(Ui ui, String key, String text) {
    ui.text(text).key(key).style(RECEIVED);
  }

  /** A small heading above a group of examples. */
  static void label(Ui ui, String text) {
    ui.text(text, Typography.SUBTITLE_2).style(Style.of().color("var(--md-sys-color-on-surface-variant)"));
  }
}
