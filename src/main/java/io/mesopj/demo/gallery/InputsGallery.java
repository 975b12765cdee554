package io.mesopj.demo.gallery;

import io.mesopj.api.ButtonType;
import io.mesopj.api.Style;
import io.mesopj.api.Ui;

/** Gallery sections of the input components. */
final class InputsGallery {
  private InputsGallery() {}

  static void render(Ui ui) {
    GallerySection.section(ui, "button", "Button", "`ui.button(label, handler, ButtonType.X)`.",
        () -> ui.box(Style.row().gap(8), () -> {
          for (ButtonType t : ButtonType.values()) {
            if (t != ButtonType.ICON) {
              ui.button(t.name().toLowerCase(), e -> { }, t);
            }
          }
        }));
  }
}
