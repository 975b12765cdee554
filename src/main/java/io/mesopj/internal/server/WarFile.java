package io.mesopj.internal.server;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * A file read once from the WAR and kept in memory, with its gzip form when that is worth it
 * (text over 1 KB) and a strong ETag of its content. The WAR does not change while deployed,
 * so servlets cache these freely.
 */
record WarFile(byte[] plain, byte[] gzip, String type, String etag) {

  /** The file at {@code path} in the WAR, or null if there is none. */
  static WarFile read(ServletContext context, String path) throws IOException {
    try (InputStream in = context.getResourceAsStream(path)) {
      if (in == null) {
        return null;
      }
      byte[] plain = in.readAllBytes();
      String type = ContentTypes.of(path);
      byte[] gzip = null;
      if (ContentTypes.compressible(type) && plain.length > 1024) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 3);
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
          z.write(plain);
        }
        gzip = out.toByteArray();
      }
      return new WarFile(plain, gzip, type, "\"" + sha256(plain) + "\"");
    }
  }

  /** Writes type, length and body (gzip if the browser takes it; no body for HEAD). */
  void send(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.setContentType(type);
    resp.setHeader("Vary", "Accept-Encoding");
    String accept = req.getHeader("Accept-Encoding");
    byte[] body = plain;
    if (gzip != null && accept != null && accept.contains("gzip")) {
      resp.setHeader("Content-Encoding", "gzip");
      body = gzip;
    }
    resp.setContentLength(body.length);
    if (!"HEAD".equals(req.getMethod())) {
      resp.getOutputStream().write(body);
    }
  }

  private static String sha256(byte[] content) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
