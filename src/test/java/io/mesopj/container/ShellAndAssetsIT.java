package io.mesopj.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mesopj.testsupport.WarServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The front controller's shell and the client assets, in both containers, under a context path. */
class ShellAndAssetsIT {
  private static final Map<WarServer.Kind, WarServer> SERVERS = new EnumMap<>(WarServer.Kind.class);
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    for (WarServer.Kind kind : WarServer.Kind.values()) {
      SERVERS.put(kind, WarServer.start(kind, "/app", Map.of()));
    }
  }

  @AfterAll
  static void stop() {
    SERVERS.values().forEach(WarServer::close);
  }

  private static HttpResponse<String> get(WarServer.Kind kind, String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(SERVERS.get(kind).base() + path));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @ParameterizedTest
  @EnumSource(WarServer.Kind.class)
  void pagesGetTheShellWithAFreshNonceAndStrictCsp(WarServer.Kind kind) throws Exception {
    HttpResponse<String> page = get(kind, "/counter");
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    String html = page.body();
    assertTrue(html.contains("<title>Counter</title>"), html);
    Matcher nonce = Pattern.compile("<script type=\"module\" src=\"/app/__mesopj/app-[A-Z0-9]+\\.js\" nonce=\"([^\"]+)\"")
        .matcher(html);
    assertTrue(nonce.find(), html);
    String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertTrue(csp.contains("script-src 'self' 'nonce-" + nonce.group(1) + "' 'strict-dynamic'"), csp);
    assertTrue(csp.contains("require-trusted-types-for 'script'"), csp);
    assertTrue(csp.contains("frame-ancestors 'self'"), csp);
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
    assertTrue(html.contains("\"contextPath\":\"/app\"") && html.contains("\"uiPath\":\"/app/__ui__\""), html);

    String again = get(kind, "/counter").body();
    Matcher second = Pattern.compile("nonce=\"([^\"]+)\"").matcher(again);
    assertTrue(second.find());
    assertTrue(!second.group(1).equals(nonce.group(1)), "a new nonce per response");
  }

  @ParameterizedTest
  @EnumSource(WarServer.Kind.class)
  void unknownPathsAre404(WarServer.Kind kind) throws Exception {
    assertEquals(404, get(kind, "/no/such/page").statusCode());
    assertEquals(404, get(kind, "/__mesopj/nope.js").statusCode());
    for (String sneaky : new String[] {"/__mesopj/..%2FWEB-INF%2Fmesopj%2Fclient-manifest.json",
        "/__mesopj/%2e%2e/WEB-INF/mesopj/client-manifest.json", "/__mesopj/..%5CWEB-INF%5Cweb.xml"}) {
      int status = get(kind, sneaky).statusCode();
      assertTrue(status == 400 || status == 404, sneaky + " answered " + status);
    }
    assertEquals(200, get(kind, "/").statusCode());
  }

  @ParameterizedTest
  @EnumSource(WarServer.Kind.class)
  void theBundleIsCachedForeverAndCompressed(WarServer.Kind kind) throws Exception {
    Matcher js = Pattern.compile("src=\"/app(/__mesopj/app-[A-Z0-9]+\\.js)\"").matcher(get(kind, "/").body());
    assertTrue(js.find());
    HttpResponse<String> plain = get(kind, js.group(1));
    assertEquals(200, plain.statusCode());
    assertEquals("public, max-age=31536000, immutable", plain.headers().firstValue("Cache-Control").orElse(""));
    assertTrue(plain.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
    HttpResponse<byte[]> gz = HTTP.send(HttpRequest.newBuilder(URI.create(SERVERS.get(kind).base() + js.group(1)))
        .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElse(""));
    assertTrue(gz.body().length < plain.body().length() / 2);
  }

  @ParameterizedTest
  @EnumSource(WarServer.Kind.class)
  void healthIsReady(WarServer.Kind kind) throws Exception {
    assertEquals(200, get(kind, "/__health").statusCode());
    assertEquals(200, get(kind, "/__health/live").statusCode());
  }
}
