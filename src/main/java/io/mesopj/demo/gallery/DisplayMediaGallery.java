package io.mesopj.demo.gallery;

import io.mesopj.api.Style;
import io.mesopj.api.Typography;
import io.mesopj.api.Ui;

/** Gallery sections of the media display components: image, video, audio, embed, plot. */
final class DisplayMediaGallery {
  private static final Style FIGURE = Style.column().gap(6).alignItems("flex-start");
  private static final Style FRAME = Style.of().borderRadius(12)
      .border("1px solid var(--md-sys-color-outline-variant)");

  private DisplayMediaGallery() {}

  static void render(Ui ui) {
    GallerySection.section(ui, "image", "Image",
        "`ui.image(bytes, \"image/png\")` for bytes the app has (shown through a `blob:` URL),"
            + " `ui.image(url)` for a URL; `.alt(text)`, `.size(w, h)`, any style.", () ->
            ui.box(DisplayGallery.ROW.alignItems("flex-start"), () -> {
              ui.box(FIGURE, () -> {
                ui.image(SampleMedia.gradientPng(), "image/png").alt("A purple gradient with circles")
                    .size(320, 200).style(Style.of().borderRadius(12)).key("image-bytes");
                ui.text("From PNG bytes", Typography.CAPTION);
              });
              ui.box(FIGURE, () -> {
                ui.image(SampleMedia.svgDataUrl()).alt("A simple avatar").size(120, 120).key("image-url");
                ui.text("From a data: URL", Typography.CAPTION);
              });
            }));
    GallerySection.section(ui, "video", "Video",
        "`ui.video(bytes, \"video/webm\")` or `ui.video(url)`; `.autoplay()`, `.loop()`, `.muted()`, `.controls()`.",
        () -> ui.video(SampleMedia.testPatternWebm(), "video/webm").muted(true).loop(true)
            .style(Style.of().width("100%").maxWidth(480).aspectRatio("16 / 9").borderRadius(12).overflow("hidden"))
            .key("video-demo"));
    GallerySection.section(ui, "audio", "Audio",
        "`ui.audio(bytes, \"audio/wav\")` or `ui.audio(url)`: a two-note chime made by the server.",
        () -> ui.audio(SampleMedia.chimeWav(), "audio/wav").style(Style.of().maxWidth(480)).key("audio-demo"));
    GallerySection.section(ui, "embed", "Embed",
        "`ui.embed(url)`: another page in a sandboxed iframe. Here, this app's counter page.",
        () -> ui.embed("/counter").style(FRAME.height(300)).key("embed-demo"));
    GallerySection.section(ui, "plot", "Plot",
        "`ui.plot(svg)` or `ui.plot(png)`: a chart the app drew, shown as an image."
            + " `JFreeChartPlots.plot(ui, chart, w, h)` draws a JFreeChart chart.", () ->
            ui.box(DisplayGallery.ROW.alignItems("flex-start"), () -> {
              // JFreeChartPlots.plot(ui, chart, 480, 280) in one call; drawn once here (see SampleCharts).
              ui.plot(SampleCharts.temperaturePng()).size(SampleCharts.CHART_WIDTH, SampleCharts.CHART_HEIGHT)
                  .alt(SampleCharts.CHART_TITLE).style(FRAME).key("plot-jfreechart");
              ui.plot(SampleCharts.temperatureSparkline()).alt("Temperature sparkline").size(240, 80).style(FRAME)
                  .key("plot-svg");
            }));
  }
}
