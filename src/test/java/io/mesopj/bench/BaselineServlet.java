package io.mesopj.bench;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The benchmarks' baseline: a bare servlet that reads a POST and answers it with a
 * {@code text/event-stream} body of exactly {@code ?bytes=N} bytes, the size of the mesopj
 * response it is compared with, with the same response headers. No framework work at all.
 *
 * <p>{@code ?frames=F} splits the body into F SSE frames, each flushed (as mesopj flushes
 * every frame; default 1: one write, which the container may send with a Content-Length).
 * {@code ?async=1} answers from another thread after {@code startAsync()}, as mesopj does.
 */
public final class BaselineServlet extends HttpServlet {
  private final transient Map<Long, byte[][]> bodies = new ConcurrentHashMap<>();
  private final transient ExecutorService executor = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "baseline-async");
    t.setDaemon(true);
    return t;
  });

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    // The query is parsed by hand: getParameter() costs the container's whole parameter
    // extraction, a tenth of this servlet's CPU in a profile, which would flatter mesopj.
    String query = req.getQueryString();
    int bytes = intParam(query, "bytes=", 206);
    int frames = intParam(query, "frames=", 1);
    byte[][] body = bodies.computeIfAbsent(((long) bytes << 32) | frames, k -> sseBody(bytes, frames));
    if (intParam(query, "async=", 0) == 1) {
      AsyncContext async = req.startAsync();
      executor.execute(() -> {
        try {
          answer(async.getRequest().getInputStream(), (HttpServletResponse) async.getResponse(), body);
        } catch (IOException e) {
          // the client went away; nothing to measure
        } finally {
          async.complete();
        }
      });
    } else {
      answer(req.getInputStream(), resp, body);
    }
  }

  private static void answer(InputStream in, HttpServletResponse resp, byte[][] body) throws IOException {
    in.readAllBytes();
    resp.setStatus(200);
    resp.setContentType("text/event-stream;charset=utf-8");
    resp.setHeader("Cache-Control", "no-store");
    resp.setHeader("X-Accel-Buffering", "no");
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    OutputStream out = resp.getOutputStream();
    for (byte[] frame : body) {
      out.write(frame);
      if (body.length > 1) {
        out.flush();
      }
    }
  }

  /** {@code frames} SSE frames ("data: xxx\n\n") adding up to exactly {@code bytes} bytes. */
  static byte[][] sseBody(int bytes, int frames) {
    int f = Math.max(1, Math.min(frames, bytes / 9));
    byte[][] out = new byte[f][];
    int left = bytes;
    for (int i = 0; i < f; i++) {
      int size = i == f - 1 ? left : bytes / f;
      left -= size;
      byte[] frame = new byte[size];
      Arrays.fill(frame, (byte) 'A');
      byte[] prefix = "data: ".getBytes(StandardCharsets.US_ASCII);
      System.arraycopy(prefix, 0, frame, 0, Math.min(prefix.length, size));
      if (size >= 2) {
        frame[size - 2] = '\n';
        frame[size - 1] = '\n';
      }
      out[i] = frame;
    }
    return out;
  }

  /** {@code name=} followed by digits at the start of the query or after an {@code &}. */
  private static int intParam(String query, String name, int dflt) {
    if (query == null) {
      return dflt;
    }
    int at = query.startsWith(name) ? 0 : query.indexOf("&" + name);
    if (at < 0) {
      return dflt;
    }
    int start = at == 0 ? name.length() : at + 1 + name.length();
    int end = start;
    int value = 0;
    while (end < query.length() && Character.isDigit(query.charAt(end)) && end - start < 9) {
      value = value * 10 + (query.charAt(end++) - '0');
    }
    return end == start ? dflt : value;
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}
