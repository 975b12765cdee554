package io.mesopj.internal.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Serves the application's web component modules from the WAR folder {@code /web-components/}
 * at the same URL path, for {@code ui.webComponent(tag, "/web-components/x.js")}. Only
 * scripts, styles, JSON and source maps; names that carry a content hash
 * ({@code counter.3f9a1c2b.js}, {@code counter-3f9a1c2b.js}) are cached forever, others are
 * revalidated ({@code no-cache} with an ETag of their content). The same traversal guards as the
 * client bundle: a request can only name a file inside the folder. Files are read once and kept
 * (a cache, safe to lose; the WAR does not change while deployed).
 */
public final class WebComponentsServlet extends HttpServlet {
  /** The WAR folder, and the URL path it is served at. */
  public static final String FOLDER = "/web-components/";

  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*(/[A-Za-z0-9_][A-Za-z0-9._-]*)*");
  private static final Pattern HASHED = Pattern.compile(".*[.-][0-9a-fA-F]{8,}\\.[a-z]+");
  private static final Set<String> TYPES = Set.of("js", "mjs", "css", "json", "map");

  private final transient ConcurrentHashMap<String, WarFile> cache = new ConcurrentHashMap<>();

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String method = req.getMethod();
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      resp.setHeader("Allow", "GET, HEAD");
      PlainResponses.send(resp, 405, "Web component modules accept GET and HEAD only.");
      return;
    }
    String raw = req.getRequestURI().toLowerCase(Locale.ROOT);
    if (raw.contains("%2e") || raw.contains("%2f") || raw.contains("%5c") || raw.contains("%00")) {
      PlainResponses.send(resp, 400, "Invalid web component path.");
      return;
    }
    String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
    if (!servable(name)) {
      PlainResponses.send(resp, 404, "Not found.");
      return;
    }
    WarFile module = cache.get(name);
    if (module == null) {
      module = WarFile.read(getServletContext(), FOLDER + name);
      if (module == null) {
        PlainResponses.send(resp, 404, "Not found.");
        return;
      }
      cache.putIfAbsent(name, module);
    }
    SecurityHeaders.basic(resp);
    resp.setHeader("Vary", "Accept-Encoding");
    resp.setHeader("ETag", module.etag());
    resp.setHeader("Cache-Control", cacheControl(name));
    if (matches(req.getHeader("If-None-Match"), module.etag())) {
      resp.setStatus(304);
      return;
    }
    module.send(req, resp);
  }

  /** Forever for names with a content hash (they change when the content does), else revalidate. */
  static String cacheControl(String name) {
    return HASHED.matcher(name).matches() ? "public, max-age=31536000, immutable" : "no-cache";
  }

  /** Whether {@code name} (the path under the folder) may be served at all. */
  static boolean servable(String name) {
    return SAFE_NAME.matcher(name).matches() && !name.contains("..") && TYPES.contains(extension(name));
  }

  private static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String tag : ifNoneMatch.split(",")) {
      String t = tag.strip();
      if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
        return true;
      }
    }
    return false;
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
