package io.mesopj.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mesopj.internal.runtime.PagePolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {
  @Test
  void strictByDefault() {
    String csp = ContentSecurityPolicy.header(PagePolicy.DEFAULT, "N0nce");
    assertTrue(csp.contains("script-src 'self' 'nonce-N0nce' 'strict-dynamic';"), csp);
    assertTrue(csp.contains("style-src 'self' 'nonce-N0nce';"), csp);
    assertTrue(csp.contains("frame-ancestors 'self';"), csp);
    assertTrue(csp.contains("object-src 'none'; base-uri 'none'"), csp);
    assertTrue(csp.endsWith("require-trusted-types-for 'script'; trusted-types lit-html mesopj dompurify"), csp);
    assertFalse(csp.contains("unsafe"), csp);
  }

  @Test
  void aPagePolicyWidensOnlyItsLists() {
    PagePolicy p = new PagePolicy(List.of("https://parent.example"), List.of("https://api.example", "wss://ws.example"),
        List.of("https://cdn.example"), List.of("https://fonts.example"), List.of("https://w.example"),
        List.of("https://img.example"), false);
    String csp = ContentSecurityPolicy.header(p, "n");
    assertTrue(csp.contains("frame-ancestors 'self' https://parent.example;"), csp);
    assertTrue(csp.contains("connect-src 'self' https://api.example wss://ws.example;"), csp);
    assertTrue(csp.contains("script-src 'self' 'nonce-n' 'strict-dynamic' https://cdn.example;"), csp);
    assertTrue(csp.contains("font-src 'self' data: https://fonts.example;"), csp);
    assertTrue(csp.contains("worker-src 'self' blob: https://w.example;"), csp);
    assertTrue(csp.contains("img-src 'self' data: blob: https://img.example;"), csp);
    assertFalse(csp.contains("trusted-types"), "turned off for this page only: " + csp);
    assertEquals(-1, csp.indexOf("  "));
  }
}
