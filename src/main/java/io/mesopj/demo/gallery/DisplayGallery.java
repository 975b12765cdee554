package io.mesopj.demo.gallery;

import io.mesopj.api.Typography;
import io.mesopj.api.Ui;

/** Gallery sections of the display components. */
final class DisplayGallery {
  private DisplayGallery() {}

  static void render(Ui ui) {
    GallerySection.section(ui, "text", "Text", "`ui.text(text, Typography.X)`: every typography type.", () -> {
      for (Typography t : Typography.values()) {
        ui.text(t.name(), t);
      }
    });
    GallerySection.section(ui, "markdown", "Markdown", "`ui.markdown(text)`: GitHub-flavoured, highlighted code.",
        () -> ui.markdown("**Bold**, _italic_, `code`, a [link](https://example.com) and\n\n```java\nint x = 1;\n```"));
  }
}
