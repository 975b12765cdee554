package io.mesopj.api;

import io.mesopj.internal.core.RenderContext;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * {@code ui.plot}: a chart the app drew, shown as an image as Mesop's {@code me.plot} does. An
 * SVG inside an {@code <img>} cannot run scripts or load anything, so it needs no sanitising.
 */
final class Plots {
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final Pattern SVG_ROOT = Pattern.compile("<svg[\\s>]");

  private Plots() {}

  static Image svg(RenderContext context, String svg) {
    if (svg == null || !SVG_ROOT.matcher(svg).find()) {
      throw new MesopException("ui.plot(svg) needs an SVG document (with an <svg> element), got "
          + (svg == null ? "null" : "'" + abbreviate(svg) + "'"));
    }
    return Image.fromBytes(context, svg.getBytes(StandardCharsets.UTF_8), "image/svg+xml", "ui.plot(svg)")
        .alt("Chart");
  }

  static Image png(RenderContext context, byte[] png) {
    if (png == null || png.length < PNG_SIGNATURE.length) {
      throw new MesopException("ui.plot(png) needs the bytes of a PNG image");
    }
    for (int i = 0; i < PNG_SIGNATURE.length; i++) {
      if (png[i] != PNG_SIGNATURE[i]) {
        throw new MesopException("ui.plot(png) needs the bytes of a PNG image (they start with \\x89PNG);"
            + " for SVG use ui.plot(String)");
      }
    }
    return Image.fromBytes(context, png, "image/png", "ui.plot(png)").alt("Chart");
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }
}
