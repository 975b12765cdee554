package io.mesopj.internal.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Headers every mesopj response carries. */
final class SecurityHeaders {
  private SecurityHeaders() {}

  static void basic(HttpServletResponse resp) {
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
  }

  /** Adds HSTS when the request came over HTTPS (as the container sees it). */
  static void transport(HttpServletRequest req, HttpServletResponse resp) {
    if (req.isSecure()) {
      resp.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
  }
}
