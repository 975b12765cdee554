package io.mesopj.demo.gallery;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Media the gallery shows, made on the fly (or read from the classpath): no files to download. */
final class SampleMedia {
  private SampleMedia() {}

  /** A short two-note chime as a 16 kHz mono 16-bit WAV file (about 22 KB). */
  static byte[] chimeWav() {
    int rate = 16_000;
    double seconds = 0.7;
    int samples = (int) (rate * seconds);
    ByteBuffer b = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples * 2)
        .put("WAVE".getBytes(StandardCharsets.US_ASCII)).put("fmt ".getBytes(StandardCharsets.US_ASCII))
        .putInt(16).putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate * 2)
        .putShort((short) 2).putShort((short) 16).put("data".getBytes(StandardCharsets.US_ASCII))
        .putInt(samples * 2);
    for (int i = 0; i < samples; i++) {
      double t = (double) i / rate;
      double freq = t < 0.3 ? 659.25 : 880.0; // E5 then A5
      double start = t < 0.3 ? 0 : 0.3;
      double envelope = Math.exp(-(t - start) * 6) * Math.min(1, (t - start) * 200);
      b.putShort((short) (Math.sin(2 * Math.PI * freq * t) * envelope * 12_000));
    }
    return b.array();
  }

  /** Encoded once per JVM (class initialisation is thread-safe); never modified: ui.image copies it. */
  private static final class Encoded {
    static final byte[] GRADIENT_PNG = drawGradientPng();
  }

  /** A 320x200 PNG: a diagonal gradient from the theme's primary to its tertiary colour. */
  static byte[] gradientPng() {
    return Encoded.GRADIENT_PNG;
  }

  private static byte[] drawGradientPng() {
    BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setPaint(new GradientPaint(0, 0, new Color(0x6750a4), 320, 200, new Color(0x7d5260)));
      g.fillRect(0, 0, 320, 200);
      g.setColor(new Color(255, 255, 255, 60));
      for (int r = 40; r <= 200; r += 40) {
        g.fillOval(240 - r / 2, 40 - r / 2, r, r);
      }
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      javax.imageio.ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A small SVG badge as a data: URL (an image given by URL). */
  static String svgDataUrl() {
    String svg = "<svg xmlns='http://www.w3.org/2000/svg' width='200' height='200' viewBox='0 0 200 200'>"
        + "<rect width='200' height='200' rx='24' fill='%23eaddff'/>"
        + "<circle cx='100' cy='88' r='44' fill='%236750a4'/>"
        + "<rect x='40' y='144' width='120' height='16' rx='8' fill='%237d5260'/></svg>";
    return "data:image/svg+xml," + svg;
  }

  /** A 4-second VP9 test pattern (about 30 KB), shipped with the demo. */
  static byte[] testPatternWebm() {
    try (InputStream in = SampleMedia.class.getResourceAsStream("sample.webm")) {
      if (in == null) {
        throw new IllegalStateException("sample.webm is missing from the demo's resources");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
