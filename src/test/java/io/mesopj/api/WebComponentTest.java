package io.mesopj.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mesopj.protocol.UserEvent;
import io.mesopj.protocol.WebComponentPayload;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Web component names (Mesop's safety rule) and the event payload. */
class WebComponentTest {
  record Detail(int value, List<String> tags) {}

  private static WebComponentEvent event(String json) {
    return new WebComponentEvent(new FakeEventContext(), UserEvent.newBuilder().setHandlerId("h")
        .setWebComponent(WebComponentPayload.newBuilder().setJson(json)).build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"src", "SRC", "srcdoc", "srcDoc", "onclick", "onClick", "ON", "on", "onanything"})
  void propertyAndEventNamesThatLoadOrRunCodeAreRefused(String name) {
    MesopException p = assertThrows(MesopException.class, () -> WebComponentNames.property(name));
    assertTrue(p.getMessage().contains("'" + name + "'") && p.getMessage().contains("not allowed"), p.getMessage());
    MesopException ev = assertThrows(MesopException.class, () -> WebComponentNames.event(name));
    assertTrue(ev.getMessage().contains("not allowed"), ev.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"__proto__", "constructor", "prototype", "a-b", "1x", "", "x y"})
  void propertyNamesMustBePlainIdentifiers(String name) {
    assertThrows(MesopException.class, () -> WebComponentNames.property(name));
  }

  @Test
  void ordinaryNamesPass() {
    assertEquals("value", WebComponentNames.property("value"));
    assertEquals("$data_1", WebComponentNames.property("$data_1"));
    assertEquals("value-change", WebComponentNames.event("value-change"));
    assertEquals("my:event.x", WebComponentNames.event("my:event.x"));
    assertEquals("demo-counter", WebComponentNames.tag("demo-counter"));
    assertEquals("/web-components/demo-counter.js", WebComponentNames.modulePath("/web-components/demo-counter.js"));
    assertEquals("/static/a/b.mjs", WebComponentNames.modulePath("/static/a/b.mjs"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"counter", "Demo-counter", "demo counter", "font-face", "mesopj-box", "-x", "x-<"})
  void tagsMustBeCustomElementNames(String tag) {
    assertThrows(MesopException.class, () -> WebComponentNames.tag(tag));
  }

  @ParameterizedTest
  @ValueSource(strings = {"web-components/x.js", "//evil.example/x.js", "/a/../b.js", "/x.css", "/x.js?v=1",
      "https://cdn.example/x.js", "/a\\b.js", "/a//b.js", "/.hidden/x.js", "javascript:alert(1)//.js"})
  void modulePathsMustStayInsideTheApp(String path) {
    assertThrows(MesopException.class, () -> WebComponentNames.modulePath(path));
  }

  @Test
  void eventNamesOfMesopjAreRefused() {
    assertThrows(MesopException.class, () -> WebComponentNames.event("mesopj-event"));
  }

  @Test
  void eventDetailIsReadAsJsonOrAType() {
    WebComponentEvent e = event("{\"value\": 4, \"tags\": [\"a\"]}");
    assertEquals("{\"value\":4,\"tags\":[\"a\"]}", e.json());
    assertEquals(new Detail(4, List.of("a")), e.detail(Detail.class));
    assertEquals(4.0, ((Map<?, ?>) e.detail(Map.class)).get("value"));
    assertEquals("null", event("").json());
    assertEquals(7, event("7").detail(Integer.class));
  }

  @Test
  void malformedDetailIsABadRequestAndAMismatchANamedError() {
    assertThrows(IllegalArgumentException.class, () -> event("{value: "));
    assertThrows(IllegalArgumentException.class, () -> new WebComponentEvent(new FakeEventContext(),
        UserEvent.newBuilder().setStringValue("{}").build()));
    MesopException m = assertThrows(MesopException.class, () -> event("\"text\"").detail(Detail.class));
    assertTrue(m.getMessage().contains("does not fit"), m.getMessage());
  }
}
