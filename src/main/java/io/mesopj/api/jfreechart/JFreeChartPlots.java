package io.mesopj.api.jfreechart;

import io.mesopj.api.DisplayComponents;
import io.mesopj.api.Image;
import io.mesopj.api.MesopException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;

/**
 * Shows a JFreeChart chart with {@code ui.plot}, as Mesop's {@code me.plot} shows a matplotlib
 * figure. JFreeChart ({@code org.jfree:jfreechart}) is an optional dependency of mesopj: add it
 * to your application to use this class. Rendering uses Java2D, which needs fonts on the server
 * (any fontconfig font, e.g. Debian's fonts-dejavu-core).
 *
 * <pre>{@code
 * JFreeChart chart = ChartFactory.createBarChart("Sales", "Month", "Units", dataset);
 * JFreeChartPlots.plot(ui, chart, 640, 360);
 * }</pre>
 */
public final class JFreeChartPlots {
  /** Pixels per CSS pixel of the PNG: sharp on high-density screens, still small. */
  public static final double DEFAULT_SCALE = 2;

  private JFreeChartPlots() {}

  /**
   * Adds the chart to the page as an image {@code width}x{@code height} CSS pixels (it shrinks to
   * fit narrower containers), drawn at {@link #DEFAULT_SCALE}; its alt text is the chart's title.
   */
  public static Image plot(DisplayComponents ui, JFreeChart chart, int width, int height) {
    String title = chart.getTitle() == null ? "" : chart.getTitle().getText();
    return ui.plot(png(chart, width, height, DEFAULT_SCALE)).size(width, height)
        .alt(title == null || title.isBlank() ? "Chart" : title);
  }

  /** The chart as PNG bytes, laid out at {@code width}x{@code height} and drawn {@code scale} times larger. */
  public static byte[] png(JFreeChart chart, int width, int height, double scale) {
    if (chart == null) {
      throw new MesopException("JFreeChartPlots needs a chart, got null");
    }
    if (width <= 0 || height <= 0 || !(scale > 0) || width * scale > 8192 || height * scale > 8192) {
      throw new MesopException("Chart size must be positive and at most 8192 pixels drawn: " + width + "x"
          + height + " at scale " + scale);
    }
    BufferedImage image = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale),
        BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.scale(scale, scale);
      chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new MesopException("Could not encode the chart as PNG: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }
}
