package io.mesopj.testsupport;

import com.google.protobuf.InvalidProtocolBufferException;
import io.mesopj.protocol.Component;
import io.mesopj.protocol.InitRequest;
import io.mesopj.protocol.QueryParam;
import io.mesopj.protocol.UiRequest;
import io.mesopj.protocol.UiResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Speaks mesopj's UI protocol like the browser client does (POST protobuf, read SSE frames), for
 * container tests and benchmarks. Thread-safe; sessions are separate objects.
 */
public final class UiClient {
  /** One POST's answer: the HTTP status and either the frames (with arrival times) or a text body. */
  public record Response(int status, String contentType, List<UiResponse> frames, List<Long> arrivalNanos,
      String text, int bodyBytes) {
    public boolean ended() {
      return !frames.isEmpty() && frames.get(frames.size() - 1).hasEnd();
    }

    public List<UiResponse> renders() {
      return frames.stream().filter(UiResponse::hasRender).toList();
    }

    public UiResponse.TypeCase lastBeforeEnd() {
      return frames.size() < 2 ? null : frames.get(frames.size() - 2).getTypeCase();
    }
  }

  private final HttpClient http;
  private final URI base;

  public UiClient(URI base) {
    this.base = base;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  public URI base() {
    return base;
  }

  /** Loads a page (Init) and returns a session positioned on it. */
  public PageSession load(String path) throws IOException, InterruptedException {
    return load(path, Map.of());
  }

  /** {@code pathAndQuery} may carry a query ("/large?n=1000"), sent as the page URL's parameters. */
  public PageSession load(String pathAndQuery, Map<String, String> headers) throws IOException, InterruptedException {
    int q = pathAndQuery.indexOf('?');
    String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    List<QueryParam> params = new ArrayList<>();
    if (q >= 0) {
      for (String pair : pathAndQuery.substring(q + 1).split("&")) {
        String[] kv = pair.split("=", 2);
        params.add(QueryParam.newBuilder().setKey(kv[0]).addValues(kv.length > 1 ? kv[1] : "").build());
      }
    }
    UiRequest init = UiRequest.newBuilder().setPath(path).addAllQueryParams(params)
        .setInit(InitRequest.getDefaultInstance()).build();
    Response r = post(init.toByteArray(), headers);
    if (r.status() != 200) {
      throw new IllegalStateException("page load of " + pathAndQuery + " answered " + r.status() + ": " + r.text());
    }
    return new PageSession(this, path, params, r);
  }

  /** POSTs a body to the UI endpoint with the protobuf content type (plus extra headers). */
  public Response post(byte[] body, Map<String, String> headers) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/__ui__"))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/x-protobuf")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(b::setHeader);
    return send(b.build());
  }

  /** Sends any request to the server and reads the answer as frames or text. */
  public Response send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<InputStream> resp = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    String type = resp.headers().firstValue("Content-Type").orElse("");
    if (resp.statusCode() != 200 || !type.startsWith("text/event-stream")) {
      byte[] bytes;
      try (InputStream in = resp.body()) {
        bytes = in.readAllBytes();
      }
      return new Response(resp.statusCode(), type, List.of(), List.of(),
          new String(bytes, StandardCharsets.UTF_8), bytes.length);
    }
    List<UiResponse> frames = new ArrayList<>();
    List<Long> times = new ArrayList<>();
    int bytes = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(resp.body(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        bytes += line.length() + 1;
        if (line.startsWith("data: ")) {
          try {
            frames.add(UiResponse.parseFrom(Base64.getDecoder().decode(line.substring(6))));
          } catch (InvalidProtocolBufferException e) {
            throw new IOException("bad frame: " + line, e);
          }
          times.add(System.nanoTime());
        }
      }
    }
    return new Response(200, type, frames, times, "", bytes);
  }

  /** Depth-first search for the component with this key. */
  public static Component find(Component root, String key) {
    if (key.equals(root.getKey())) {
      return root;
    }
    for (Component c : root.getChildrenList()) {
      Component found = find(c, key);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
