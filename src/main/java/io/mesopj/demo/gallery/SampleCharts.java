package io.mesopj.demo.gallery;

import io.mesopj.api.jfreechart.JFreeChartPlots;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** The charts of the plot section: a JFreeChart bar chart and a hand-made SVG sparkline. */
final class SampleCharts {
  static final int CHART_WIDTH = 480;
  static final int CHART_HEIGHT = 280;
  static final String CHART_TITLE = "Mean temperature (°C)";
  private static final double[] TEMPERATURES = {3.1, 4.0, 7.5, 11.2, 15.0, 18.3, 20.4, 20.1, 16.5, 12.0, 7.2, 4.1};
  private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
      "Dec"};

  /**
   * Drawing and encoding the chart takes tens of milliseconds and the gallery renders on every
   * event, so it is drawn once per JVM (class initialisation is thread-safe). Never modified:
   * ui.plot copies it.
   */
  private static final class Drawn {
    static final byte[] TEMPERATURE_PNG = JFreeChartPlots.png(temperatureChart(), CHART_WIDTH, CHART_HEIGHT,
        JFreeChartPlots.DEFAULT_SCALE);
  }

  private SampleCharts() {}

  /** The bar chart as PNG bytes, drawn at twice its display size. */
  static byte[] temperaturePng() {
    return Drawn.TEMPERATURE_PNG;
  }

  /** A bar chart in the theme's colours. */
  static JFreeChart temperatureChart() {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int i = 0; i < MONTHS.length; i++) {
      data.addValue(TEMPERATURES[i], "Mean temperature", MONTHS[i]);
    }
    JFreeChart chart = ChartFactory.createBarChart(CHART_TITLE, null, null, data, PlotOrientation.VERTICAL, false,
        false, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    chart.getTitle().setPaint(new Color(0x1d1b20));
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(new Color(0xcac4d0));
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    BarRenderer bars = (BarRenderer) plot.getRenderer();
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setSeriesPaint(0, new Color(0x6750a4));
    bars.setItemMargin(0.1);
    return chart;
  }

  /** The same temperatures as an SVG line chart. */
  static String temperatureSparkline() {
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (double v : TEMPERATURES) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < TEMPERATURES.length; i++) {
      double x = 10 + i * 220.0 / (TEMPERATURES.length - 1);
      double y = 70 - (TEMPERATURES[i] - min) / (max - min) * 60;
      points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
    }
    return "<svg xmlns='http://www.w3.org/2000/svg' width='240' height='80' viewBox='0 0 240 80'>"
        + "<rect width='240' height='80' fill='#ffffff'/>"
        + "<polyline fill='none' stroke='#7d5260' stroke-width='3' stroke-linejoin='round' stroke-linecap='round'"
        + " points='" + points.toString().strip() + "'/></svg>";
  }
}
