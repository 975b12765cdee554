package io.mesopj.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mesopj.api.ClickEvent;
import io.mesopj.api.Handler;
import io.mesopj.internal.core.HandlerIds;
import io.mesopj.internal.core.UnstableHandlerException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HandlerIdsTest {
  private final HandlerIds ids = new HandlerIds(new StateCodec().gson(), io.mesopj.api.PageRenderer.class::isInstance);

  @Test
  void methodReferencesOnDifferentPageInstancesShareAnId() {
    assertEquals(ids.idOf(new IdPage().add()), ids.idOf(new IdPage().add()));
    assertNotEquals(ids.idOf(new IdPage().add()), ids.idOf(new IdPage().remove()));
  }

  @Test
  void capturedValuesTakePartLikePartialArguments() {
    IdPage page = new IdPage();
    String a = ids.idOf(page.pick(new IdPage.Item("a", 1)));
    assertEquals(a, ids.idOf(new IdPage().pick(new IdPage.Item("a", 1))));
    assertNotEquals(a, ids.idOf(page.pick(new IdPage.Item("a", 2))));
  }

  @Test
  void idsAreShortAndDistinct() {
    List<String> all = IdPage.ids();
    assertEquals(all.size(), new HashSet<>(all).size());
    for (String id : all) {
      assertTrue(id.matches("[A-Za-z0-9_-]{12}"), id);
    }
  }

  @Test
  void idsAreTheSameInAnotherJvm() throws IOException, InterruptedException {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), IdPage.class.getName())
        .redirectErrorStream(true).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), out);
    assertEquals(IdPage.ids(), Arrays.asList(out.strip().split("\\R")));
  }

  @Test
  void handlerCapturingSomethingUnidentifiableIsAClearError() {
    Thread thread = new Thread(() -> {});
    Handler<ClickEvent> h = e -> thread.getName();
    UnstableHandlerException e = assertThrows(UnstableHandlerException.class, () -> ids.idOf(h));
    assertTrue(e.getMessage().contains("Capture plain values"), e.getMessage());
  }
}
