package io.mesopj.testsupport;

import com.google.protobuf.InvalidProtocolBufferException;
import io.mesopj.protocol.Component;
import io.mesopj.protocol.InitRequest;
import io.mesopj.protocol.ServerError;
import io.mesopj.protocol.SessionUpdate;
import io.mesopj.protocol.UiRequest;
import io.mesopj.protocol.UiResponse;
import io.mesopj.protocol.components.TextProps;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Speaks the UI protocol to a cluster without session affinity: every request goes to a random
 * node, and a request that fails the way a crashed node, a proxy or a busy store fails is sent
 * again, like the browser client does: same event (same event id) with {@code full_render}, to
 * another random node, after a short backoff. Retried: connection errors, a stream cut before its
 * end frame, HTTP 502/503/504, the retryable 409 and retryable error frames. Anything else (other
 * 4xx, 500, a non-retryable error frame) fails the test. Thread-safe.
 */
public final class ClusterClient {
  private static final Duration GIVE_UP = Duration.ofSeconds(90);
  private static final long FIRST_BACKOFF_MS = 10;
  private static final long MAX_BACKOFF_MS = 400;

  /** One answer of one node. */
  public record Reply(URI node, int status, String contentType, boolean retryAfter, List<UiResponse> frames,
      String text) {
    public boolean stream() {
      return status == 200 && contentType.startsWith("text/event-stream");
    }

    public boolean ended() {
      return !frames.isEmpty() && frames.get(frames.size() - 1).hasEnd();
    }

    /** The error frame, or null. */
    public ServerError error() {
      return frames.stream().filter(UiResponse::hasError).map(UiResponse::getError).findFirst().orElse(null);
    }

    /** The session frame, or null. */
    public SessionUpdate session() {
      return frames.stream().filter(UiResponse::hasSession).map(UiResponse::getSession).findFirst().orElse(null);
    }

    /** A complete stream with its session and end frames and no error: the event is acknowledged. */
    public boolean acknowledged() {
      return stream() && ended() && session() != null && error() == null;
    }

    /** The whole tree, when the answer carries one (page loads and full renders). */
    public Component root() {
      return frames.stream().filter(f -> f.hasRender() && f.getRender().hasRoot())
          .map(f -> f.getRender().getRoot()).reduce((a, b) -> b)
          .orElseThrow(() -> new AssertionError("the answer of " + node + " carries no whole tree"));
    }

    /** The text of a keyed text component in the whole tree of this answer. */
    public String text(String key) {
      Component c = UiClient.find(root(), key);
      if (c == null) {
        throw new AssertionError("no component with key '" + key + "'");
      }
      try {
        return TextProps.parseFrom(c.getProps()).getText();
      } catch (InvalidProtocolBufferException e) {
        throw new IllegalStateException(e);
      }
    }

    /** What to show about this answer in a failure message. */
    public String describe() {
      ServerError e = error();
      return node + " answered " + status + (stream() ? " stream of " + frames.size() + " frames" : "")
          + (e != null ? " with error frame " + e.getStatus() + " " + e.getMessage() : "")
          + (text.isEmpty() ? "" : ": " + text);
    }
  }

  private final List<URI> nodes;
  private final HttpClient http;
  private final RetryStats stats = new RetryStats();

  public ClusterClient(List<URI> nodes) {
    this.nodes = List.copyOf(nodes);
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2)).build();
  }

  public RetryStats stats() {
    return stats;
  }

  public List<URI> nodes() {
    return nodes;
  }

  /** Loads a page on random nodes (retrying like an event) and returns its session. */
  public ClusterPage load(String path) throws InterruptedException {
    UiRequest init = UiRequest.newBuilder().setPath(path).setInit(InitRequest.getDefaultInstance()).build();
    return new ClusterPage(this, path, deliver(retry -> init));
  }

  /**
   * Sends a request until it is acknowledged, to a random node each time; {@code request} gets
   * whether this is a retry. Returns the acknowledged answer; throws AssertionError on a refusal
   * or after {@link #GIVE_UP}.
   */
  Reply deliver(Function<Boolean, UiRequest> request) throws InterruptedException {
    return deliver(request, () -> {});
  }

  /** As above; {@code onAmbiguousFailure} runs before each retry of an attempt that may have been applied. */
  Reply deliver(Function<Boolean, UiRequest> request, Runnable onAmbiguousFailure) throws InterruptedException {
    long deadline = System.nanoTime() + GIVE_UP.toNanos();
    URI avoid = null;
    String last = "";
    for (int attempt = 0; ; attempt++) {
      URI node = pick(avoid);
      UiRequest body = request.apply(attempt > 0);
      stats.attempt();
      RetryStats.Reason reason;
      try {
        Reply r = post(node, body);
        if (r.acknowledged()) {
          stats.acknowledged(node.getAuthority());
          return r;
        }
        reason = retryReason(r);
        if (reason == null) {
          throw new AssertionError("not retryable: " + r.describe());
        }
        last = r.describe();
        stats.retry(reason, r.error() != null ? r.error().getMessage() : r.stream() ? "stream cut" : r.text());
      } catch (ConnectException | HttpConnectTimeoutException e) {
        reason = RetryStats.Reason.CONNECT;
        last = node + ": " + e;
        stats.retry(reason, null);
      } catch (IOException e) {
        reason = RetryStats.Reason.CUT;
        last = node + ": " + e;
        stats.retry(reason, null);
      }
      if (reason.ambiguous) {
        onAmbiguousFailure.run();
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not acknowledged within " + GIVE_UP.toSeconds() + " s (" + (attempt + 1)
            + " attempts); last: " + last);
      }
      long backoff = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS << Math.min(attempt, 10));
      Thread.sleep(backoff / 2 + ThreadLocalRandom.current().nextLong(backoff / 2 + 1));
      avoid = node;
    }
  }

  /** Why this answer is worth sending again, or null if it is a refusal the test must see. */
  private static RetryStats.Reason retryReason(Reply r) {
    if (r.stream()) {
      ServerError e = r.error();
      if (e != null) {
        return e.getRetryable() ? RetryStats.Reason.ERROR_FRAME : null;
      }
      return RetryStats.Reason.CUT; // no end frame (or no session frame)
    }
    switch (r.status()) {
      case 502:
        return RetryStats.Reason.HTTP_502;
      case 503:
        return RetryStats.Reason.HTTP_503;
      case 504:
        return RetryStats.Reason.HTTP_504;
      case 409:
        return r.retryAfter() ? RetryStats.Reason.HTTP_409 : null;
      default:
        return null;
    }
  }

  /** A random node, other than {@code avoid} when there is a choice. */
  private URI pick(URI avoid) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    if (avoid == null || nodes.size() == 1) {
      return nodes.get(random.nextInt(nodes.size()));
    }
    URI n;
    do {
      n = nodes.get(random.nextInt(nodes.size()));
    } while (n.equals(avoid));
    return n;
  }

  /** One POST to one node, no retry; the stream is read to its end (or until the connection breaks). */
  public Reply post(URI node, UiRequest request) throws IOException, InterruptedException {
    HttpRequest req = HttpRequest.newBuilder(node.resolve("/__ui__"))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/x-protobuf")
        .POST(HttpRequest.BodyPublishers.ofByteArray(request.toByteArray()))
        .build();
    HttpResponse<InputStream> resp = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
    String type = resp.headers().firstValue("Content-Type").orElse("");
    boolean retryAfter = resp.headers().firstValue("Retry-After").isPresent();
    if (resp.statusCode() != 200 || !type.startsWith("text/event-stream")) {
      try (InputStream in = resp.body()) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return new Reply(node, resp.statusCode(), type, retryAfter, List.of(), text);
      }
    }
    List<UiResponse> frames = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(resp.body(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("data: ")) {
          frames.add(UiResponse.parseFrom(Base64.getDecoder().decode(line.substring(6))));
        }
      }
    }
    return new Reply(node, 200, type, retryAfter, frames, "");
  }
}
