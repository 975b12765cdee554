package io.mesopj.demo.gallery;

import io.mesopj.api.Page;
import io.mesopj.api.PageRenderer;
import io.mesopj.api.Style;
import io.mesopj.api.Typography;
import io.mesopj.api.Ui;

/**
 * The component gallery: one section per component, each showing it in use with its Java
 * code beside it. Doubles as documentation, and the browser tests use it.
 */
@Page(path = "/gallery", title = "Component gallery")
public final class GalleryPage implements PageRenderer {
  static final Style PAGE = Style.column().gap(32).padding(24).maxWidth(1040).margin("0 auto").width("100%")
      .boxSizing("border-box");

  @Override
  public void render(Ui ui) {
    ui.box(PAGE, () -> {
      ui.text("Component gallery", Typography.HEADLINE_4);
      ui.markdown("Every mesopj component, in use. Each section names the Java call; see"
          + " `docs/components.md` for signatures and events.");
      LayoutGallery.render(ui);
      DisplayGallery.render(ui);
      InputsGallery.render(ui);
      LabsGallery.render(ui);
    });
  }
}
