package io.mesopj.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mesopj.testsupport.WarServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** MESOP_STATIC_FOLDER served from a real folder in both containers, and every way out refused. */
class StaticFolderIT {
  private static final Map<WarServer.Kind, WarServer> SERVERS = new EnumMap<>(WarServer.Kind.class);
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static Path base;

  @BeforeAll
  static void start() throws Exception {
    base = Files.createTempDirectory("mesopj-static");
    Path folder = Files.createDirectories(base.resolve("static/js"));
    Files.writeString(folder.resolve("script.js"), "console.log('hi');\n");
    Files.writeString(base.resolve("static/hello.txt"), "0123456789abcdefghij");
    Path outside = Files.createDirectories(base.resolve("outside"));
    Files.writeString(outside.resolve("secret.txt"), "TOP-SECRET-CONTENT");
    Files.createSymbolicLink(base.resolve("static/escape"), outside);
    Files.createSymbolicLink(base.resolve("static/link.txt"), outside.resolve("secret.txt"));
    Files.createDirectories(base.resolve("static/inner"));
    Files.createSymbolicLink(base.resolve("static/inner-link.txt"), base.resolve("static/hello.txt"));
    Map<String, String> settings = Map.of("MESOP_APP_BASE_PATH", base.toString(), "MESOP_STATIC_FOLDER", "./static/",
        "MESOP_STATIC_URL_PATH", "/assets");
    for (WarServer.Kind kind : WarServer.Kind.values()) {
      SERVERS.put(kind, WarServer.start(kind, "", settings));
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

  /** Sends the request line exactly as given (no client-side normalisation) and returns the status. */
  private static int raw(WarServer.Kind kind, String target) throws Exception {
    URI uri = SERVERS.get(kind).base();
    try (Socket s = new Socket(uri.getHost(), uri.getPort())) {
      OutputStream out = s.getOutputStream();
      out.write(("GET " + target + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      assertTrue(!response.contains("TOP-SECRET-CONTENT"), target + " leaked the file outside the folder");
      return Integer.parseInt(response.substring(9, 12));
    }
  }

  @ParameterizedTest
  @EnumSource(WarServer.Kind.class)
  void filesAreServedWithTypeAndValidators(WarServer.Kind kind) throws Exception {
    HttpResponse<String> js = get(kind, "/assets/js/script.js");
    assertEquals(200, js.statusCode());
    assertEquals("console.log('hi');\n", js.body());
    assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
    assertEquals("nosniff", js.headers().firstValue("X-Content-Type-Options").orElse(""));
    String etag = js.headers().firstValue("ETag").orElseThrow();
    assertEquals(304, get(kind, "/assets/js/script.js", "If-None-Match", etag).statusCode());
    String lastModified = js.headers().firstValue("Last-Modified").orElseThrow();
    assertEquals(304, get(kind, "/assets/js/script.js", "If-Modified-Since", lastModified).statusCode());
    assertEquals(200, get(kind, "/assets/inner-link.txt").statusCode(), "a symlink inside the folder is fine");
  }

  @ParameterizedTest
  @EnumSource(WarServer.Kind.class)
  void rangeRequests(WarServer.Kind kind) throws Exception {
    HttpResponse<String> part = get(kind, "/assets/hello.txt", "Range", "bytes=2-5");
    assertEquals(206, part.statusCode());
    assertEquals("2345", part.body());
    assertEquals("bytes 2-5/20", part.headers().firstValue("Content-Range").orElse(""));
    assertEquals("ghij", get(kind, "/assets/hello.txt", "Range", "bytes=-4").body());
    assertEquals(416, get(kind, "/assets/hello.txt", "Range", "bytes=50-60").statusCode());
  }

  @ParameterizedTest
  @EnumSource(WarServer.Kind.class)
  void nothingOutsideTheFolderCanBeReached(WarServer.Kind kind) throws Exception {
    assertEquals(404, get(kind, "/assets/escape/secret.txt").statusCode(), "directory symlink out");
    assertEquals(404, get(kind, "/assets/link.txt").statusCode(), "file symlink out");
    assertEquals(404, get(kind, "/assets/inner").statusCode(), "no directory listing");
    assertEquals(404, get(kind, "/assets/missing.txt").statusCode());
    for (String target : new String[] {"/assets/../outside/secret.txt", "/assets/%2e%2e/outside/secret.txt",
        "/assets/%2E%2E%2Foutside%2Fsecret.txt", "/assets/..%2foutside/secret.txt", "/assets/..%5coutside%5csecret.txt",
        "/assets/hello.txt%00.js", "/assets/js/..%2F..%2F..%2Foutside/secret.txt", "/assets/./../outside/secret.txt",
        "/assets/%252e%252e/outside/secret.txt"}) {
      int status = raw(kind, target);
      assertTrue(status == 400 || status == 404, target + " answered " + status);
    }
  }

  @ParameterizedTest
  @EnumSource(WarServer.Kind.class)
  void onlyGetAndHead(WarServer.Kind kind) throws Exception {
    HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(SERVERS.get(kind).base()
        + "/assets/hello.txt")).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(405, post.statusCode());
  }
}
