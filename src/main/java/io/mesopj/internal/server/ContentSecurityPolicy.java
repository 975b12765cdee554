package io.mesopj.internal.server;

import io.mesopj.internal.runtime.PagePolicy;
import java.util.List;

/**
 * The Content-Security-Policy of a page: scripts only by nonce, no inline styles or eval,
 * Trusted Types for DOM sinks, framing only by the page's own origin unless the page allows
 * more. A page's {@link PagePolicy} widens the lists.
 */
final class ContentSecurityPolicy {
  private ContentSecurityPolicy() {}

  static String header(PagePolicy policy, String nonce) {
    StringBuilder csp = new StringBuilder();
    directive(csp, "default-src", List.of("'self'"), List.of());
    directive(csp, "script-src", List.of("'self'", "'nonce-" + nonce + "'", "'strict-dynamic'"), policy.scriptSrcs());
    directive(csp, "style-src", List.of("'self'", "'nonce-" + nonce + "'"), List.of());
    directive(csp, "img-src", List.of("'self'", "data:", "blob:"), policy.mediaSrcs());
    directive(csp, "media-src", List.of("'self'", "data:", "blob:"), policy.mediaSrcs());
    directive(csp, "font-src", List.of("'self'", "data:"), policy.fontSrcs());
    directive(csp, "connect-src", List.of("'self'"), policy.connectSrcs());
    directive(csp, "worker-src", List.of("'self'", "blob:"), policy.workerSrcs());
    directive(csp, "frame-src", List.of("'self'", "https:"), List.of());
    directive(csp, "frame-ancestors", List.of("'self'"), policy.iframeParents());
    csp.append("object-src 'none'; base-uri 'none'; form-action 'self'");
    if (policy.trustedTypes()) {
      csp.append("; require-trusted-types-for 'script'; trusted-types lit-html mesopj dompurify");
    }
    return csp.toString();
  }

  private static void directive(StringBuilder csp, String name, List<String> base, List<String> extra) {
    csp.append(name);
    for (String s : base) {
      csp.append(' ').append(s);
    }
    for (String s : extra) {
      csp.append(' ').append(s);
    }
    csp.append("; ");
  }
}
