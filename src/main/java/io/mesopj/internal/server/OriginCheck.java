package io.mesopj.internal.server;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

/**
 * Refuses cross-site calls of the UI endpoint: the Origin must equal the request's own
 * scheme, host and port, or be one of MESOPJ_ALLOWED_ORIGINS. (Mesop compares host names only.)
 * Requests without an Origin header are not from a browser page and cannot ride on a user's
 * session, so they pass. Behind a TLS-terminating proxy, let the container see the original
 * scheme (Tomcat RemoteIpValve, Jetty ForwardedRequestCustomizer) or list the public origin.
 */
final class OriginCheck {
  private final List<String> allowed;

  OriginCheck(List<String> allowed) {
    this.allowed = allowed.stream().map(o -> o.toLowerCase(Locale.ROOT)).toList();
  }

  /** Null when allowed, else the reason to refuse. */
  String refusal(HttpServletRequest req) {
    String origin = req.getHeader("Origin");
    if (origin == null) {
      return "cross-site".equals(req.getHeader("Sec-Fetch-Site"))
          ? "Cross-site request refused." : null;
    }
    String o = origin.toLowerCase(Locale.ROOT);
    if (o.equals(ownOrigin(req)) || allowed.contains(o)) {
      return null;
    }
    return "Cross-origin request refused: origin " + origin + " may not call this application"
        + " (add it to MESOPJ_ALLOWED_ORIGINS if it should).";
  }

  static String ownOrigin(HttpServletRequest req) {
    String scheme = req.getScheme().toLowerCase(Locale.ROOT);
    int port = req.getServerPort();
    boolean defaultPort = port <= 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    String host = req.getServerName().toLowerCase(Locale.ROOT);
    if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
      host = "[" + host + "]";
    }
    return scheme + "://" + host + (defaultPort ? "" : ":" + port);
  }
}
