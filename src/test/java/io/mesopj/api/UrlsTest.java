package io.mesopj.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlsTest {
  @ParameterizedTest
  @ValueSource(strings = {"https://example.com", "http://localhost:8080/x", "HTTPS://EXAMPLE.COM", "/chat",
      "chat", "./a/b.html", "../up", "?q=1", "#top", "//cdn.example.com/x",
      "a/b:c", "1abc:def"})
  void webUrlsAndRelativePathsPass(String url) {
    assertEquals(url, Urls.requireWebUrl(url, "ui.link"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)",
      "\tjavascript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)", "\u0000javascript:x",
      "vbscript:msgbox", "data:text/html,<script>x</script>", "file:///etc/passwd", "blob:https://x/1",
      "mailto:a@b.c", "C:\\windows"})
  void otherSchemesAreAnAppBug(String url) {
    MesopException e = assertThrows(MesopException.class, () -> Urls.requireWebUrl(url, "ui.link(\"x\", url)"));
    assertTrue(e.getMessage().startsWith("ui.link(\"x\", url) refuses the URL"), e.getMessage());
    assertTrue(e.getMessage().contains("only http(s) URLs and relative paths"), e.getMessage());
  }

  @Test
  void mediaUrlsMayAlsoBeDataAndBlob() {
    assertEquals("data:image/png;base64,AAAA", Urls.requireMediaUrl("data:image/png;base64,AAAA", "ui.image"));
    assertEquals("blob:https://x/1", Urls.requireMediaUrl("blob:https://x/1", "ui.image"));
    assertThrows(MesopException.class, () -> Urls.requireMediaUrl("javascript:x", "ui.image"));
  }

  @Test
  void blankUrlsAreRefused() {
    assertThrows(MesopException.class, () -> Urls.requireWebUrl(null, "ui.link"));
    assertThrows(MesopException.class, () -> Urls.requireWebUrl("  ", "ui.link"));
  }

  @Test
  void schemeIsReadAsTheBrowserReadsIt() {
    assertEquals("javascript", Urls.scheme(" \u0001java\r\nscript:x"));
    assertEquals("https", Urls.scheme("HTTPS://x"));
    assertNull(Urls.scheme("/a:b"));
    assertNull(Urls.scheme(":x"));
    assertNull(Urls.scheme("a b:c"));
  }
}
