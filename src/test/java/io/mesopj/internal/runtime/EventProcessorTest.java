package io.mesopj.internal.runtime;

import io.mesopj.testsupport.PatchApplier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import io.mesopj.api.ButtonType;
import io.mesopj.api.CheckboxChangeEvent;
import io.mesopj.api.ClickEvent;
import io.mesopj.api.PageRenderer;
import io.mesopj.api.PageSpec;
import io.mesopj.api.Ui;
import io.mesopj.protocol.Component;
import io.mesopj.protocol.InitRequest;
import io.mesopj.protocol.SessionUpdate;
import io.mesopj.protocol.UiRequest;
import io.mesopj.protocol.UiResponse;
import io.mesopj.protocol.UserEvent;
import io.mesopj.protocol.components.ButtonProps;
import io.mesopj.protocol.components.TextProps;
import io.mesopj.internal.core.HandlerIds;
import io.mesopj.internal.runtime.session.SealedSessions;
import io.mesopj.internal.runtime.session.SessionStates;
import io.mesopj.internal.runtime.session.StoredSessions;
import io.mesopj.internal.state.MemoryStateStore;
import io.mesopj.internal.state.StateSealer;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventProcessorTest {
  /** Counter page with a streaming handler, a failing one and a checkbox. */
  public static final class TestPage implements PageRenderer {
    public static final class Count {
      int n;
      boolean flag;
    }

    @Override
    public void render(Ui ui) {
      Count c = ui.state(Count.class);
      ui.text("n=" + c.n).key("n");
      ui.button("add", this::add).key("add");
      ui.button("stream", this::stream, ButtonType.FLAT).key("stream");
      ui.button("fail", this::fail).key("fail");
      ui.checkbox("flag", c.flag, this::flag).key("flag");
    }

    void add(ClickEvent e) {
      e.state(Count.class).n++;
    }

    void stream(ClickEvent e) {
      for (int i = 0; i < 3; i++) {
        e.state(Count.class).n += 10;
        e.flush();
      }
    }

    void fail(ClickEvent e) {
      e.state(Count.class).n = 999;
      throw new IllegalStateException("boom");
    }

    void flag(CheckboxChangeEvent e) {
      e.state(Count.class).flag = e.checked();
    }
  }

  private final ExecutorService executor = Executors.newFixedThreadPool(8);
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  private final SecureRandom random = new SecureRandom();
  private final StateCodec codec = new StateCodec();

  @AfterEach
  void stop() {
    executor.shutdownNow();
    scheduler.shutdownNow();
  }

  private EventProcessor processor(SessionStates sessions) {
    PageRegistrar r = new PageRegistrar();
    r.add(PageSpec.at("/", TestPage::new));
    return new EventProcessor(r.freeze(), sessions, new HandlerIds(codec.gson(), io.mesopj.api.PageRenderer.class::isInstance), executor,
        new ErrorReports(false), 10 << 20);
  }

  private SessionStates memory() {
    return new StoredSessions(new MemoryStateStore(Clock.systemUTC(), 1000, 1 << 24), codec, random, Clock.systemUTC(),
        Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofSeconds(30), 1 << 20, executor, scheduler);
  }

  private SessionStates sealed() {
    return new SealedSessions(new StateSealer(List.of("k".repeat(40)), random), codec, Clock.systemUTC(),
        Duration.ofMinutes(10), 1 << 20);
  }

  private static CollectingSink run(EventProcessor p, UiRequest request) throws Exception {
    CollectingSink sink = new CollectingSink();
    p.process(request, sink);
    sink.done.get(10, TimeUnit.SECONDS);
    return sink;
  }

  private static UiRequest init() {
    return UiRequest.newBuilder().setPath("/").setInit(InitRequest.getDefaultInstance()).build();
  }

  private static String handlerOf(Component root, String key) throws Exception {
    for (Component c : root.getChildrenList()) {
      if (c.getKey().equals(key)) {
        if (c.getType().equals("button")) {
          return ButtonProps.parseFrom(c.getProps()).getOnClick();
        }
        return io.mesopj.protocol.components.CheckboxProps.parseFrom(c.getProps()).getOnChange();
      }
    }
    throw new AssertionError("no " + key);
  }

  private static UserEvent.Builder event(SessionUpdate session, String handler) {
    return UserEvent.newBuilder().setStateToken(session.getStateToken()).setSealedState(session.getSealedState())
        .setHandlerId(handler).setEventId(UUID.randomUUID().toString());
  }

  private static UiRequest request(UserEvent.Builder e) {
    return UiRequest.newBuilder().setPath("/").setUserEvent(e).build();
  }

  private static String textOf(Component root) throws Exception {
    return TextProps.parseFrom(root.getChildren(0).getProps()).getText();
  }

  @Test
  void pageLoadSendsTheWholeTreeThenTheSessionThenTheEnd() throws Exception {
    CollectingSink sink = run(processor(memory()), init());
    assertEquals(3, sink.frames.size());
    assertTrue(sink.frames.get(0).getRender().hasRoot());
    assertEquals("n=0", textOf(sink.frames.get(0).getRender().getRoot()));
    assertEquals(22, sink.frames.get(1).getSession().getStateToken().length());
    assertTrue(sink.frames.get(2).hasEnd());
  }

  @Test
  void clickSendsOnlyADiff() throws Exception {
    for (SessionStates sessions : List.of(memory(), sealed())) {
      EventProcessor p = processor(sessions);
      CollectingSink load = run(p, init());
      Component root = load.frames.get(0).getRender().getRoot();
      CollectingSink click = run(p, request(event(load.session(), handlerOf(root, "add"))));
      assertNull(click.failure);
      UiResponse render = click.renders().get(0);
      assertTrue(render.getRender().hasPatch() && !render.getRender().hasRoot());
      assertEquals(1, render.getRender().getPatch().getPatchesCount());
      Component after = PatchApplier.apply(root, render.getRender().getPatch());
      assertEquals("n=1", textOf(after));
      assertTrue(click.frames.get(click.frames.size() - 1).hasEnd());
    }
  }

  @Test
  void streamingHandlerSendsAFramePerFlush() throws Exception {
    EventProcessor p = processor(memory());
    CollectingSink load = run(p, init());
    Component root = load.frames.get(0).getRender().getRoot();
    CollectingSink stream = run(p, request(event(load.session(), handlerOf(root, "stream"))));
    assertEquals(3, stream.renders().size(), "three flushes, nothing left for the final render");
    for (UiResponse r : stream.renders()) {
      root = PatchApplier.apply(root, r.getRender().getPatch());
    }
    assertEquals("n=30", textOf(root));
  }

  @Test
  void unknownHandlerIsA400BeforeAnyFrame() throws Exception {
    EventProcessor p = processor(memory());
    CollectingSink load = run(p, init());
    CollectingSink bad = run(p, request(event(load.session(), "nosuchhandler")));
    assertEquals(400, bad.failure.getStatus());
    assertTrue(bad.failure.getMessage().contains("no handler with id nosuchhandler"), bad.failure.getMessage());
    assertTrue(bad.frames.isEmpty());
  }

  @Test
  void tamperedSealedStateIsA400AndWrongPayloadToo() throws Exception {
    EventProcessor p = processor(sealed());
    CollectingSink load = run(p, init());
    Component root = load.frames.get(0).getRender().getRoot();
    byte[] blob = load.session().getSealedState().toByteArray();
    blob[blob.length - 3] ^= 0x40;
    CollectingSink bad = run(p, request(event(load.session(), handlerOf(root, "add"))
        .setSealedState(ByteString.copyFrom(blob))));
    assertEquals(400, bad.failure.getStatus());
    assertTrue(bad.failure.getMessage().contains("failed authentication"), bad.failure.getMessage());

    CollectingSink wrong = run(p, request(event(load.session(), handlerOf(root, "flag")).setStringValue("x")));
    assertEquals(400, wrong.failure.getStatus());
    assertTrue(wrong.failure.getMessage().contains("does not fit its handler"), wrong.failure.getMessage());
  }

  @Test
  void aRetriedEventIsNotAppliedTwice() throws Exception {
    EventProcessor p = processor(memory());
    CollectingSink load = run(p, init());
    Component root = load.frames.get(0).getRender().getRoot();
    UserEvent.Builder add = event(load.session(), handlerOf(root, "add"));
    run(p, request(add));
    CollectingSink retry = run(p, request(add.setFullRender(true)));
    Component shown = retry.renders().get(0).getRender().getRoot();
    assertEquals("n=1", textOf(shown), "the retry shows the result without adding again");
  }

  @Test
  void failingHandlerSavesNothing() throws Exception {
    EventProcessor p = processor(memory());
    CollectingSink load = run(p, init());
    Component root = load.frames.get(0).getRender().getRoot();
    CollectingSink fail = run(p, request(event(load.session(), handlerOf(root, "fail"))));
    assertEquals(500, fail.failure.getStatus());
    assertTrue(fail.failure.getMessage().startsWith("The event handler failed: boom"), fail.failure.getMessage());
    assertTrue(fail.failure.getJavaTrace().isEmpty(), "no trace outside dev mode");
    CollectingSink add = run(p, request(event(load.session(), handlerOf(root, "add")).setFullRender(true)));
    assertEquals("n=1", textOf(add.renders().get(0).getRender().getRoot()));
  }

  @Test
  void concurrentEventsOfOneSessionAreAppliedOneAfterAnother() throws Exception {
    EventProcessor p = processor(memory());
    CollectingSink load = run(p, init());
    Component root = load.frames.get(0).getRender().getRoot();
    String add = handlerOf(root, "add");
    List<CompletableFuture<Void>> all = new ArrayList<>();
    ExecutorService clients = Executors.newFixedThreadPool(20);
    try {
      for (int i = 0; i < 400; i++) {
        all.add(CompletableFuture.runAsync(() -> {
          try {
            CollectingSink s = run(p, request(event(load.session(), add)));
            assertNull(s.failure);
          } catch (Exception e) {
            throw new RuntimeException(e);
          }
        }, clients));
      }
      CompletableFuture.allOf(all.toArray(new CompletableFuture[0])).get(60, TimeUnit.SECONDS);
    } finally {
      clients.shutdownNow();
    }
    CollectingSink last = run(p, request(event(load.session(), add).setFullRender(true)));
    assertEquals("n=401", textOf(last.renders().get(0).getRender().getRoot()));
    assertNotNull(last.session());
  }
}
