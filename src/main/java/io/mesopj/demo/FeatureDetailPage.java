package io.mesopj.demo;

import io.mesopj.api.ButtonType;
import io.mesopj.api.LoadEvent;
import io.mesopj.api.Page;
import io.mesopj.api.PageRenderer;
import io.mesopj.api.Typography;
import io.mesopj.api.Ui;
import java.util.List;

/** A page with a path parameter and an on-load hook; reached by navigation from /features. */
@Page(path = "/features/detail/{id}", title = "Feature detail", onLoad = "load")
public final class FeatureDetailPage implements PageRenderer {
  @Override
  public void render(Ui ui) {
    FeaturesPage.Features f = ui.state(FeaturesPage.Features.class);
    List<String> tab = ui.queryParams().getOrDefault("tab", List.of("(none)"));
    DemoLayout.page(ui, "Detail " + ui.pathParam("id"), () -> {
      ui.box(DemoLayout.CARD, () -> {
        ui.text("id = " + ui.pathParam("id"), Typography.HEADLINE_6).key("id");
        ui.text("tab = " + String.join(",", tab)).key("tab");
        ui.text("loaded " + f.detailLoads + " time(s) in this session").key("detail-loads");
        ui.button("Back to features", e -> e.navigate("/features"), ButtonType.FLAT).key("back");
      });
    });
  }

  void load(LoadEvent e) {
    e.state(FeaturesPage.Features.class).detailLoads++;
  }
}
