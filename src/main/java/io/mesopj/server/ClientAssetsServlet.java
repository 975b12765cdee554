package io.mesopj.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Serves the built client under {@code /__mesopj/}: content-hashed names, so cached forever
 * ({@code immutable}); gzip-compressed when the browser accepts it. Files are read once from
 * the WAR and kept (a cache, safe to lose).
 */
public final class ClientAssetsServlet extends HttpServlet {
  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");

  private record Asset(byte[] plain, byte[] gzip, String type) {}

  private final transient ConcurrentHashMap<String, Asset> cache = new ConcurrentHashMap<>();

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
    if (!SAFE_NAME.matcher(name).matches() || name.contains("..")) {
      PlainResponses.send(resp, 404, "Not found.");
      return;
    }
    Asset asset = cache.get(name);
    if (asset == null) {
      asset = load(name);
      if (asset == null) {
        PlainResponses.send(resp, 404, "Not found.");
        return;
      }
      cache.putIfAbsent(name, asset);
    }
    resp.setContentType(asset.type());
    resp.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    resp.setHeader("Vary", "Accept-Encoding");
    SecurityHeaders.basic(resp);
    String accept = req.getHeader("Accept-Encoding");
    byte[] body = asset.plain();
    if (asset.gzip() != null && accept != null && accept.contains("gzip")) {
      resp.setHeader("Content-Encoding", "gzip");
      body = asset.gzip();
    }
    resp.setContentLength(body.length);
    if (!"HEAD".equals(req.getMethod())) {
      resp.getOutputStream().write(body);
    }
  }

  private Asset load(String name) throws IOException {
    try (InputStream in = getServletContext().getResourceAsStream(ClientBundle.ASSET_DIR + name)) {
      if (in == null) {
        return null;
      }
      byte[] plain = in.readAllBytes();
      String type = ContentTypes.of(name);
      byte[] gzip = null;
      if (ContentTypes.compressible(type) && plain.length > 1024) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 3);
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
          z.write(plain);
        }
        gzip = out.toByteArray();
      }
      return new Asset(plain, gzip, type);
    }
  }
}
