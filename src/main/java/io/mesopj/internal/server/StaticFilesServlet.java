package io.mesopj.internal.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Serves MESOP_STATIC_FOLDER under MESOP_STATIC_URL_PATH. A request can never leave the folder:
 * encoded dots, slashes or backslashes and NUL bytes are refused (400), and a path that
 * resolves outside the folder, also through a symlink, is not found (404). Supports
 * ETag/Last-Modified revalidation and single byte ranges.
 */
public final class StaticFilesServlet extends HttpServlet {
  private final Path folder; // real path, resolved once at start-up

  StaticFilesServlet(Path folder) {
    this.folder = folder;
  }

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String method = req.getMethod();
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      resp.setHeader("Allow", "GET, HEAD");
      PlainResponses.send(resp, 405, "Static files accept GET and HEAD only.");
      return;
    }
    String raw = req.getRequestURI().toLowerCase(Locale.ROOT);
    String rel = req.getPathInfo();
    if (raw.contains("%2e") || raw.contains("%2f") || raw.contains("%5c") || raw.contains("%00")
        || rel != null && (rel.indexOf('\\') >= 0 || rel.indexOf('\0') >= 0)) {
      PlainResponses.send(resp, 400, "Invalid static file path.");
      return;
    }
    Path file = resolve(rel);
    BasicFileAttributes attrs;
    try {
      attrs = file == null ? null : Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      attrs = null;
    }
    if (attrs == null || !attrs.isRegularFile()) {
      PlainResponses.send(resp, 404, "Not found.");
      return;
    }
    long length = attrs.size();
    long modified = attrs.lastModifiedTime().toMillis();
    String etag = "\"" + Long.toHexString(length) + "-" + Long.toHexString(modified) + "\"";
    SecurityHeaders.basic(resp);
    resp.setHeader("ETag", etag);
    resp.setDateHeader("Last-Modified", modified);
    resp.setHeader("Cache-Control", "no-cache");
    resp.setHeader("Accept-Ranges", "bytes");
    if (notModified(req, etag, modified)) {
      resp.setStatus(304);
      return;
    }
    resp.setContentType(ContentTypes.of(file.getFileName().toString()));
    ByteRange range = ByteRange.parse(req.getHeader("Range"), length);
    if (range == ByteRange.UNSATISFIABLE || range != null && !rangeStillValid(req, etag)) {
      if (range == ByteRange.UNSATISFIABLE) {
        resp.setHeader("Content-Range", "bytes */" + length);
        PlainResponses.send(resp, 416, "Range not satisfiable.");
        return;
      }
      range = null; // If-Range names an older version: send the whole file
    }
    long start = 0;
    long count = length;
    if (range != null) {
      start = range.start();
      count = range.length();
      resp.setStatus(206);
      resp.setHeader("Content-Range", "bytes " + start + "-" + (start + count - 1) + "/" + length);
    }
    resp.setContentLengthLong(count);
    if ("HEAD".equals(method)) {
      return;
    }
    try (SeekableByteChannel ch = Files.newByteChannel(file)) {
      ch.position(start);
      copy(Channels.newInputStream(ch), resp.getOutputStream(), count);
    }
  }

  /** The file for a request path, or null when it would leave the folder. */
  private Path resolve(String rel) throws IOException {
    if (rel == null || rel.isEmpty() || rel.equals("/")) {
      return null;
    }
    for (String segment : rel.split("/")) {
      if (segment.equals("..") || segment.equals(".")) {
        return null;
      }
    }
    Path candidate = folder.resolve(rel.substring(1)).normalize();
    if (!candidate.startsWith(folder) || !Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    Path real = candidate.toRealPath();
    return real.startsWith(folder) ? real : null; // a symlink pointing out of the folder
  }

  private static boolean notModified(HttpServletRequest req, String etag, long modified) {
    String inm = req.getHeader("If-None-Match");
    if (inm != null) {
      for (String tag : inm.split(",")) {
        String t = tag.strip();
        if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
          return true;
        }
      }
      return false;
    }
    long ims = req.getDateHeader("If-Modified-Since");
    return ims >= 0 && modified / 1000 <= ims / 1000;
  }

  private static boolean rangeStillValid(HttpServletRequest req, String etag) {
    String ifRange = req.getHeader("If-Range");
    return ifRange == null || ifRange.strip().equals(etag);
  }

  private static void copy(InputStream in, OutputStream out, long count) throws IOException {
    byte[] buf = new byte[64 * 1024];
    long left = count;
    while (left > 0) {
      int n = in.read(buf, 0, (int) Math.min(buf.length, left));
      if (n < 0) {
        break;
      }
      out.write(buf, 0, n);
      left -= n;
    }
  }
}
