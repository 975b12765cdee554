package io.mesopj.demo.gallery;

import io.mesopj.api.Style;
import io.mesopj.api.Typography;
import io.mesopj.api.Ui;

/** The frame of one gallery section: a titled card with a short description. */
final class GallerySection {
  private static final Style CARD = Style.column().gap(12).padding(20).borderRadius(16)
      .background("var(--md-sys-color-surface-container-low)");

  private GallerySection() {}

  /** Renders a section keyed {@code "section-" + id} so commands and tests can find it. */
  static void section(Ui ui, String id, String title, String description, Runnable content) {
    ui.box(CARD, () -> {
      ui.text(title, Typography.HEADLINE_6);
      if (!description.isEmpty()) {
        ui.markdown(description);
      }
      content.run();
    }).key("section-" + id);
  }
}
