package io.mesopj.demo.gallery;

import io.mesopj.api.Style;
import io.mesopj.api.Ui;

/** Gallery sections of the layout components. */
final class LayoutGallery {
  private LayoutGallery() {}

  static void render(Ui ui) {
    GallerySection.section(ui, "box", "Box", "`ui.box(style, () -> {...})`: a container styled with flex or grid.",
        () -> ui.box(Style.row().gap(8), () -> {
          for (String c : new String[] {"primary", "secondary", "tertiary"}) {
            ui.box(Style.of().padding(12).borderRadius(8).background("var(--md-sys-color-" + c + "-container)"),
                () -> ui.text(c));
          }
        }));
  }
}
