package io.mesopj.testsupport;

import com.google.protobuf.InvalidProtocolBufferException;
import io.mesopj.protocol.ClickPayload;
import io.mesopj.protocol.Component;
import io.mesopj.protocol.InitRequest;
import io.mesopj.protocol.SessionUpdate;
import io.mesopj.protocol.UiRequest;
import io.mesopj.protocol.UiResponse;
import io.mesopj.protocol.UserEvent;
import io.mesopj.protocol.components.ButtonProps;
import io.mesopj.protocol.components.InputProps;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * One browser tab's WebSocket connection to the UI endpoint: sends UiRequests, keeps every
 * frame in arrival order, and keeps the tree by applying render frames in that order (as the
 * client does: diffs are per connection).
 */
public final class UiSocketClient implements AutoCloseable {
  private final WebSocket socket;
  private final List<UiResponse> frames = new ArrayList<>();
  private final String path;
  private Component tree;
  private SessionUpdate session = SessionUpdate.getDefaultInstance();

  private UiSocketClient(HttpClient http, URI base, String path, Map<String, String> headers) throws Exception {
    this.path = path;
    URI ws = URI.create(base.toString().replaceFirst("^http", "ws") + "/__ui_ws__");
    WebSocket.Builder b = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
    headers.forEach(b::header);
    socket = b.buildAsync(ws, new Listener()).get(20, TimeUnit.SECONDS);
  }

  /** Connects (failing with the handshake's error when refused). */
  public static UiSocketClient connect(URI base, String path, Map<String, String> headers) throws Exception {
    return new UiSocketClient(HttpClient.newHttpClient(), base, path, headers);
  }

  /** Connects through a shared client (one selector thread for many sockets, as the benchmarks open). */
  public static UiSocketClient connect(HttpClient http, URI base, String path, Map<String, String> headers)
      throws Exception {
    return new UiSocketClient(http, base, path, headers);
  }

  private final class Listener implements WebSocket.Listener {
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

    @Override
    public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
      byte[] chunk = new byte[data.remaining()];
      data.get(chunk);
      partial.write(chunk, 0, chunk.length);
      if (last) {
        try {
          received(UiResponse.parseFrom(partial.toByteArray()));
        } catch (InvalidProtocolBufferException e) {
          throw new IllegalStateException(e);
        }
        partial.reset();
      }
      ws.request(1);
      return null;
    }
  }

  private synchronized void received(UiResponse frame) {
    frames.add(frame);
    if (frame.hasRender()) {
      tree = frame.getRender().hasRoot() ? frame.getRender().getRoot()
          : PatchApplier.apply(tree, frame.getRender().getPatch());
    } else if (frame.hasSession()) {
      session = frame.getSession();
    }
    notifyAll();
  }

  public CompletableFuture<WebSocket> send(UiRequest request) {
    synchronized (socket) {
      return socket.sendBinary(ByteBuffer.wrap(request.toByteArray()), true);
    }
  }

  /** Sends a page load and waits for its end. */
  public List<UiResponse> load() throws Exception {
    send(UiRequest.newBuilder().setPath(path).setInit(InitRequest.getDefaultInstance()).build()).get();
    return awaitEnd("init");
  }

  /** A user event on the current session. */
  public UserEvent.Builder event(String handlerId) {
    return UserEvent.newBuilder().setStateToken(session().getStateToken()).setSealedState(session().getSealedState())
        .setHandlerId(handlerId).setEventId(UUID.randomUUID().toString());
  }

  /** Sends an event without waiting; returns its id. */
  public String sendEvent(UserEvent.Builder event) throws Exception {
    send(UiRequest.newBuilder().setPath(path).setUserEvent(event).build()).get();
    return event.getEventId();
  }

  public String click(String key) throws Exception {
    String handler = ButtonProps.parseFrom(find(key).getProps()).getOnClick();
    return sendEvent(event(handler).setKey(key).setClick(ClickPayload.newBuilder().setIsTarget(true)));
  }

  public String input(String key, String value) throws Exception {
    String handler = InputProps.parseFrom(find(key).getProps()).getOnInput();
    return sendEvent(event(handler).setKey(key).setStringValue(value));
  }

  /** Waits for the end frame of an event; returns that event's frames. */
  public synchronized List<UiResponse> awaitEnd(String eventId) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      List<UiResponse> mine = frames.stream().filter(f -> f.getEventId().equals(eventId)).toList();
      if (!mine.isEmpty() && mine.get(mine.size() - 1).hasEnd()) {
        return mine;
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("no end for " + eventId + "; frames: " + frames.size());
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
  }

  /** Position of an event's end frame among all frames received (to compare completion order). */
  public synchronized int endIndex(String eventId) {
    for (int i = 0; i < frames.size(); i++) {
      if (frames.get(i).hasEnd() && frames.get(i).getEventId().equals(eventId)) {
        return i;
      }
    }
    return -1;
  }

  public synchronized Component tree() {
    return tree;
  }

  public synchronized SessionUpdate session() {
    return session;
  }

  public synchronized Component find(String key) {
    Component c = UiClient.find(tree, key);
    if (c == null) {
      throw new IllegalStateException("no component " + key);
    }
    return c;
  }

  @Override
  public void close() {
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
    socket.abort();
  }
}
