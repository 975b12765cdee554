package io.mesopj.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import io.mesopj.internal.runtime.session.ConnectionSessions;
import io.mesopj.internal.runtime.session.SealedSessions;
import io.mesopj.internal.runtime.session.SessionStates;
import io.mesopj.internal.runtime.session.StoredSessions;
import io.mesopj.internal.state.MemoryStateStore;
import io.mesopj.internal.state.StateSealer;
import io.mesopj.testsupport.PatchApplier;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Events of one WebSocket connection: shared latest state, per-connection diffs. */
class ConnectionSessionsTest {
  /** "wait" blocks until "go" was clicked (it sees the other event's change to the shared state). */
  public static final class WaitPage implements PageRenderer {
    public static final class S {
      int n;
      boolean go;
    }

    @Override
    public void render(Ui ui) {
      ui.text("n=" + ui.state(S.class).n).key("n");
      ui.button("wait", this::waitForGo).key("wait");
      ui.button("go", this::go).key("go");
      ui.button("add", this::add).key("add");
    }

    void waitForGo(ClickEvent e) throws InterruptedException {
      S s = e.state(S.class);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (!s.go && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      s.n += s.go ? 10 : 1000;
    }

    void go(ClickEvent e) {
      S s = e.state(S.class);
      s.go = true;
      s.n += 1;
    }

    void add(ClickEvent e) {
      e.state(S.class).n++;
    }
  }

  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  private final StateCodec codec = new StateCodec();
  private final SecureRandom random = new SecureRandom();
  private final MemoryStateStore store = new MemoryStateStore(Clock.systemUTC(), 1000, 1 << 24);

  @AfterEach
  void stop() {
    executor.shutdownNow();
    scheduler.shutdownNow();
  }

  private SessionStates memory() {
    return new StoredSessions(store, codec, random, Clock.systemUTC(), Duration.ofMinutes(10), Duration.ofSeconds(30),
        Duration.ofSeconds(30), 1 << 20, executor, scheduler);
  }

  private SessionStates sealed() {
    return new SealedSessions(new StateSealer(List.of("k".repeat(40)), random), codec, Clock.systemUTC(),
        Duration.ofMinutes(10), 1 << 20);
  }

  private EventProcessor processor(SessionStates backend) {
    PageRegistrar r = new PageRegistrar();
    r.add(PageSpec.at("/", WaitPage::new));
    return new EventProcessor(r.freeze(), backend, new HandlerIds(codec.gson(), io.mesopj.api.PageRenderer.class::isInstance), executor, new ErrorReports(false), 10 << 20);
  }

  /** One connection: its sessions, its view and every frame sent on it, in order. */
  private final class Connection {
    final ConnectionSessions sessions;
    final ConnectionView view = new ConnectionView();
    final List<UiResponse> sent = new ArrayList<>();

    Connection(SessionStates backend) {
      sessions = new ConnectionSessions(backend);
    }

    CollectingSink send(EventProcessor p, UiRequest request) {
      CollectingSink sink = new CollectingSink() {
        @Override
        public synchronized void send(UiResponse frame) {
          super.send(frame);
          synchronized (sent) {
            sent.add(frame);
          }
        }
      };
      // As the WebSocket endpoint does: requests run on the application executor.
      executor.execute(() -> p.process(request, sink, view, sessions));
      return sink;
    }

    /** The client's tree after applying every render frame sent on the connection, in order. */
    Component tree() {
      Component tree = null;
      synchronized (sent) {
        for (UiResponse f : sent) {
          if (f.hasRender()) {
            tree = f.getRender().hasRoot() ? f.getRender().getRoot()
                : PatchApplier.apply(tree, f.getRender().getPatch());
          }
        }
      }
      return tree;
    }
  }

  private static String handler(Component root, String key) throws Exception {
    for (Component c : root.getChildrenList()) {
      if (c.getKey().equals(key)) {
        return ButtonProps.parseFrom(c.getProps()).getOnClick();
      }
    }
    throw new AssertionError(key);
  }

  private static UiRequest click(SessionUpdate session, String handler) {
    return UiRequest.newBuilder().setPath("/").setUserEvent(UserEvent.newBuilder()
        .setStateToken(session.getStateToken()).setSealedState(session.getSealedState()).setHandlerId(handler)
        .setEventId(UUID.randomUUID().toString())).build();
  }

  private static String text(Component root) throws Exception {
    return TextProps.parseFrom(root.getChildren(0).getProps()).getText();
  }

  @Test
  void overlappingEventsShareTheLatestStateAndLoseNothing() throws Exception {
    for (SessionStates backend : List.of(memory(), sealed())) {
      EventProcessor p = processor(backend);
      Connection conn = new Connection(backend);
      CollectingSink load = conn.send(p, UiRequest.newBuilder().setPath("/").setInit(InitRequest.getDefaultInstance())
          .build());
      load.done.get(10, TimeUnit.SECONDS);
      Component root = conn.tree();
      SessionUpdate session = load.session();

      CollectingSink waiting = conn.send(p, click(session, handler(root, "wait")));
      Thread.sleep(100);
      assertTrue(!waiting.done.isDone(), "wait is running");
      CollectingSink go = conn.send(p, click(session, handler(root, "go")));
      go.done.get(10, TimeUnit.SECONDS);
      assertNull(go.failure);
      waiting.done.get(10, TimeUnit.SECONDS);
      assertNull(waiting.failure);
      assertEquals("n=11", text(conn.tree()), "go's change, then wait's, both kept; diffs applied in order");

      // A later event carrying the first (now stale) session still sees the latest state.
      CollectingSink add = conn.send(p, click(session, handler(root, "add")));
      add.done.get(10, TimeUnit.SECONDS);
      assertNull(add.failure, () -> add.failure.getMessage());
      assertEquals("n=12", text(conn.tree()));
      if (!add.session().getStateToken().isEmpty()) {
        Connection other = new Connection(backend);
        UiRequest again = click(add.session(), handler(root, "add"));
        CollectingSink fresh = other.send(p, again);
        fresh.done.get(10, TimeUnit.SECONDS);
        assertNull(fresh.failure, () -> fresh.failure.getMessage());
        assertEquals("n=13", text(other.tree()), "saved in the store: another connection continues from it");
      }
    }
  }
}
