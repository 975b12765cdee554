package io.mesopj.bench;

import com.google.protobuf.InvalidProtocolBufferException;
import io.mesopj.protocol.ClickPayload;
import io.mesopj.protocol.Component;
import io.mesopj.protocol.InitRequest;
import io.mesopj.protocol.QueryParam;
import io.mesopj.protocol.SessionUpdate;
import io.mesopj.protocol.UiRequest;
import io.mesopj.protocol.UiResponse;
import io.mesopj.protocol.UserEvent;
import io.mesopj.protocol.components.BoxProps;
import io.mesopj.protocol.components.ButtonProps;
import io.mesopj.protocol.components.TextProps;
import io.mesopj.testsupport.UiClient;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One simulated browser tab for the load generator: loads a page, then clicks one key over and
 * over, one event in flight, sending each event to a node picked at random (no affinity). Keeps
 * only what a click needs (the handler id and the session); it does not patch the tree.
 */
final class Tab implements LoadRun.Client {
  static final String PROTOBUF = "application/x-protobuf";

  private final List<HttpTransport.Connection> nodes;
  private final UiRequest template;
  private final String key;
  private final long idHigh = ThreadLocalRandom.current().nextLong();
  private SessionUpdate session;
  private String handlerId;
  private long seq;
  /** Clicks answered with a complete stream (applied), and clicks that failed (may or may not be). */
  private long applied;
  private long failed;
  /** The last answer, for the probe: whole body size, its frames and the render frame's line size. */
  private int lastBodyBytes;
  private int lastFrames;
  private int lastRenderFrameBytes;

  Tab(List<HttpTransport.Connection> nodes, String pathAndQuery, String key) {
    this.nodes = nodes;
    this.key = key;
    int q = pathAndQuery.indexOf('?');
    UiRequest.Builder b = UiRequest.newBuilder().setPath(q < 0 ? pathAndQuery : pathAndQuery.substring(0, q));
    if (q >= 0) {
      for (String pair : pathAndQuery.substring(q + 1).split("&")) {
        String[] kv = pair.split("=", 2);
        b.addQueryParams(QueryParam.newBuilder().setKey(kv[0]).addValues(kv.length > 1 ? kv[1] : ""));
      }
    }
    this.template = b.build();
  }

  /** Loads the page (an Init) and finds the handler behind {@code key}. */
  void load() throws IOException, InterruptedException {
    Component root = null;
    for (UiResponse f : post(template.toBuilder().setInit(InitRequest.getDefaultInstance()).build())) {
      if (f.hasRender() && f.getRender().hasRoot()) {
        root = f.getRender().getRoot();
      }
    }
    if (root == null || session == null) {
      throw new IOException("the page load sent no tree or no session");
    }
    Component c = UiClient.find(root, key);
    if (c == null) {
      throw new IOException("no component with key '" + key + "' on " + template.getPath());
    }
    handlerId = c.getType().equals("box") ? BoxProps.parseFrom(c.getProps()).getOnClick()
        : ButtonProps.parseFrom(c.getProps()).getOnClick();
  }

  /**
   * The request a click sends now (used as the baseline's request body too). Event ids have the
   * browser's form (a UUID) and size: the session remembers the last ones, so their size counts.
   */
  UiRequest clickRequest() {
    return template.toBuilder().setUserEvent(UserEvent.newBuilder().setStateToken(session.getStateToken())
        .setSealedState(session.getSealedState()).setHandlerId(handlerId).setEventId(new UUID(idHigh, ++seq).toString())
        .setKey(key).setClick(ClickPayload.newBuilder().setIsTarget(true))).build();
  }

  @Override
  public long event() throws IOException, InterruptedException {
    try {
      post(clickRequest());
    } catch (IOException | RuntimeException e) {
      failed++;
      throw e;
    }
    applied++;
    return lastBodyBytes;
  }

  long applied() {
    return applied;
  }

  long failed() {
    return failed;
  }

  /**
   * One more click, asking for the whole tree back ({@code full_render}, as the browser's retry
   * does), and the text of the component {@code textKey} in it: shows what the server's state is.
   */
  String clickAndRead(String textKey) throws IOException, InterruptedException {
    UiRequest r = clickRequest();
    Component root = null;
    for (UiResponse f : post(r.toBuilder().setUserEvent(r.getUserEvent().toBuilder().setFullRender(true)).build())) {
      if (f.hasRender() && f.getRender().hasRoot()) {
        root = f.getRender().getRoot();
      }
    }
    applied++;
    Component c = root == null ? null : UiClient.find(root, textKey);
    if (c == null) {
      throw new IOException("the full render has no component with key '" + textKey + "'");
    }
    return TextProps.parseFrom(c.getProps()).getText();
  }

  private List<UiResponse> post(UiRequest request) throws IOException, InterruptedException {
    HttpTransport.Connection node = nodes.size() == 1 ? nodes.get(0)
        : nodes.get(ThreadLocalRandom.current().nextInt(nodes.size()));
    HttpTransport.Reply r = node.post("/__ui__", PROTOBUF, request.toByteArray());
    if (r.status() != 200 || !r.contentType().startsWith("text/event-stream")) {
      throw new IOException("HTTP " + r.status() + ": " + r.text());
    }
    List<UiResponse> frames = frames(r.body());
    if (frames.isEmpty() || !frames.get(frames.size() - 1).hasEnd()) {
      throw new IOException("the stream did not end with an end frame");
    }
    for (UiResponse f : frames) {
      if (f.hasSession()) {
        session = f.getSession();
      } else if (f.hasError()) {
        throw new IOException("error frame: " + f.getError().getMessage());
      }
    }
    lastBodyBytes = r.body().length;
    lastFrames = frames.size();
    return frames;
  }

  /** The SSE body's frames ({@code data: <base64 protobuf>} lines). */
  private List<UiResponse> frames(byte[] body) throws IOException {
    List<UiResponse> frames = new ArrayList<>(4);
    lastRenderFrameBytes = 0;
    int start = 0;
    while (start < body.length) {
      int end = start;
      while (end < body.length && body[end] != '\n') {
        end++;
      }
      if (end - start > 6 && body[start] == 'd' && body[start + 4] == ':' && body[start + 5] == ' ') {
        try {
          ByteBuffer decoded = Base64.getDecoder().decode(ByteBuffer.wrap(body, start + 6, end - start - 6));
          UiResponse f = UiResponse.parseFrom(decoded);
          if (f.hasRender()) {
            // as the container test counts it: "data: " + base64 + the blank line's two newlines
            lastRenderFrameBytes = Math.max(lastRenderFrameBytes, end - start + 2);
          }
          frames.add(f);
        } catch (IllegalArgumentException | InvalidProtocolBufferException e) {
          throw new IOException("bad SSE frame", e);
        }
      }
      start = end + 1;
    }
    return frames;
  }

  int lastBodyBytes() {
    return lastBodyBytes;
  }

  int lastFrames() {
    return lastFrames;
  }

  int lastRenderFrameBytes() {
    return lastRenderFrameBytes;
  }

  @Override
  public void close() {
    nodes.forEach(HttpTransport.Connection::close);
  }
}
