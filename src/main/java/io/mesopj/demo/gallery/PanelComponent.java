package io.mesopj.demo.gallery;

import io.mesopj.api.Style;
import io.mesopj.api.Typography;
import io.mesopj.api.Ui;

/**
 * A user-defined content component with named slots: a plain method that composes other
 * components and takes the caller's content as {@link Runnable}s, one per slot (Mesop's
 * {@code @me.content_component} with {@code me.slot()} / named slots). Nothing to register:
 * call it like any component, as often as you like.
 */
final class PanelComponent {
  private static final Style FRAME = Style.column().borderRadius(16).overflow("hidden")
      .border("1px solid var(--md-sys-color-outline-variant)").background("var(--md-sys-color-surface)");
  private static final Style HEADER = Style.row().alignItems("center").gap(12).padding(12, 16)
      .background("var(--md-sys-color-secondary-container)").color("var(--md-sys-color-on-secondary-container)");
  private static final Style BODY = Style.column().gap(8).padding(16).flexGrow(1);
  private static final Style FOOTER = Style.row().gap(8).justifyContent("flex-end").padding(8, 16)
      .borderTop("1px solid var(--md-sys-color-outline-variant)");

  private PanelComponent() {}

  /**
   * A titled panel: {@code header} goes after the title, {@code body} in the middle,
   * {@code footer} at the bottom; a null slot is left out. {@code key} names the parts
   * ({@code key + "-header"}, {@code -body}, {@code -footer}).
   */
  static void panel(Ui ui, String key, String title, Runnable header, Runnable body, Runnable footer) {
    ui.box(FRAME, () -> {
      ui.box(HEADER, () -> {
        ui.text(title, Typography.SUBTITLE_1).style(Style.of().flexGrow(1));
        if (header != null) {
          header.run();
        }
      }).key(key + "-header");
      ui.box(BODY, body).key(key + "-body");
      if (footer != null) {
        ui.box(FOOTER, footer).key(key + "-footer");
      }
    }).key(key);
  }
}
