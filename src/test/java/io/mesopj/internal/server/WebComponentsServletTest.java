package io.mesopj.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which web component files are served, and how long browsers may cache them. */
class WebComponentsServletTest {
  @ParameterizedTest
  @ValueSource(strings = {"counter.3f9a1c2b.js", "counter-3f9a1c2b.js", "lib/chart.0123456789abcdef.mjs",
      "theme-DEADBEEF.css"})
  void hashedNamesAreCachedForever(String name) {
    assertEquals("public, max-age=31536000, immutable", WebComponentsServlet.cacheControl(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"counter.js", "demo-counter.js", "counter.3f9a1c.js", "counter.v2.js", "abcdefgh-x.js"})
  void otherNamesAreRevalidated(String name) {
    assertEquals("no-cache", WebComponentsServlet.cacheControl(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"demo-counter.js", "a/b/c.mjs", "x.css", "x.json", "x.js.map"})
  void modulesStylesJsonAndMapsAreServable(String name) {
    assertTrue(WebComponentsServlet.servable(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "x.html", "x.class", "../x.js", "a/../x.js", "a/./x.js", ".x.js", "a//x.js", "a\\x.js",
      "x.js/", "WEB-INF/web.xml", "x.js\u0000.png", "x y.js"})
  void everythingElseIsNot(String name) {
    assertFalse(WebComponentsServlet.servable(name));
  }
}
