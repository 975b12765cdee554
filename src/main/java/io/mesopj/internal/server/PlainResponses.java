package io.mesopj.internal.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Small text answers (errors, health) written directly, never the container's HTML error pages. */
final class PlainResponses {
  private PlainResponses() {}

  static void send(HttpServletResponse resp, int status, String message) {
    if (resp.isCommitted()) {
      return;
    }
    try {
      resp.resetBuffer();
      resp.setStatus(status);
      resp.setContentType("text/plain;charset=utf-8");
      resp.setHeader("Cache-Control", "no-store");
      SecurityHeaders.basic(resp);
      byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
      resp.setContentLength(body.length);
      resp.getOutputStream().write(body);
    } catch (IOException | IllegalStateException e) {
      // the client went away; nothing to tell it
    }
  }
}
