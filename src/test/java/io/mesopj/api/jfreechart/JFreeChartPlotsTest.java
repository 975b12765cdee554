package io.mesopj.api.jfreechart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mesopj.api.MesopException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.general.DefaultPieDataset;
import org.junit.jupiter.api.Test;

class JFreeChartPlotsTest {
  private static JFreeChart chart() {
    DefaultPieDataset<String> data = new DefaultPieDataset<>();
    data.setValue("Java", 60);
    data.setValue("TypeScript", 40);
    return ChartFactory.createPieChart("Lines of code", data);
  }

  @Test
  void drawsAPngAtTheScaleAsked() throws Exception {
    byte[] png = JFreeChartPlots.png(chart(), 300, 200, 2);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertEquals(600, image.getWidth());
    assertEquals(400, image.getHeight());
    assertEquals(0x89, png[0] & 0xff);
  }

  @Test
  void refusesSizesThatMakeNoSense() {
    assertThrows(MesopException.class, () -> JFreeChartPlots.png(chart(), 0, 200, 2));
    assertThrows(MesopException.class, () -> JFreeChartPlots.png(chart(), 300, 200, 0));
    assertThrows(MesopException.class, () -> JFreeChartPlots.png(chart(), 10_000, 200, 1));
    assertThrows(MesopException.class, () -> JFreeChartPlots.png(null, 300, 200, 1));
  }
}
