package io.mesopj.internal.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Serves the built client under {@code /__mesopj/}: content-hashed names, so cached forever
 * ({@code immutable}); gzip-compressed when the browser accepts it. Files are read once from
 * the WAR and kept (a cache, safe to lose).
 */
public final class ClientAssetsServlet extends HttpServlet {
  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");

  private final transient ConcurrentHashMap<String, WarFile> cache = new ConcurrentHashMap<>();

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
    if (!SAFE_NAME.matcher(name).matches() || name.contains("..")) {
      PlainResponses.send(resp, 404, "Not found.");
      return;
    }
    WarFile asset = cache.get(name);
    if (asset == null) {
      asset = WarFile.read(getServletContext(), ClientBundle.ASSET_DIR + name);
      if (asset == null) {
        PlainResponses.send(resp, 404, "Not found.");
        return;
      }
      cache.putIfAbsent(name, asset);
    }
    resp.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    SecurityHeaders.basic(resp);
    asset.send(req, resp);
  }
}
