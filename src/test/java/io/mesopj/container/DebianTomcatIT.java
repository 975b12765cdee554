package io.mesopj.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mesopj.protocol.components.TextProps;
import io.mesopj.testsupport.EmbeddedPostgresDb;
import io.mesopj.testsupport.PageSession;
import io.mesopj.testsupport.UiClient;
import io.mesopj.testsupport.UiSocketClient;
import io.mesopj.testsupport.WarServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The WAR in Debian's own Tomcat 10.1 (package tomcat10, Servlet 6.0), in a private
 * CATALINA_BASE configured only by the files in tomcat-conf/: server.xml, setenv.sh and
 * context.xml (a JNDI DataSource for the sql store on a real PostgreSQL, WebSockets on).
 */
class DebianTomcatIT {
  private static final Path HOME = Paths.get("/usr/share/tomcat10");
  private static final Path DEBIAN_CONF = Paths.get("/etc/tomcat10");
  private static EmbeddedPostgresDb pg;
  private static Process tomcat;
  private static Path base;
  private static URI uri;

  @BeforeAll
  static void start() throws Exception {
    if (!Files.isExecutable(HOME.resolve("bin/catalina.sh"))) {
      throw new IllegalStateException("Debian's Tomcat 10.1 is not installed: apt-get install tomcat10"
          + " (.ci/run installs it)");
    }
    pg = EmbeddedPostgresDb.start();
    pg.execute("postgres", "CREATE ROLE mesop LOGIN PASSWORD 'mesop-pw'", "CREATE DATABASE mesop OWNER mesop");

    base = Files.createTempDirectory("mesopj-catalina-base");
    for (String dir : new String[] {"conf/Catalina/localhost", "bin", "lib", "logs", "temp", "work", "webapps"}) {
      Files.createDirectories(base.resolve(dir));
    }
    for (String f : new String[] {"web.xml", "catalina.properties", "logging.properties", "context.xml"}) {
      Files.copy(DEBIAN_CONF.resolve(f), base.resolve("conf").resolve(f));
    }
    Path conf = Paths.get("tomcat-conf");
    Files.copy(conf.resolve("server.xml"), base.resolve("conf/server.xml"), StandardCopyOption.REPLACE_EXISTING);
    Files.copy(conf.resolve("context.xml"), base.resolve("conf/Catalina/localhost/ROOT.xml"));
    Files.copy(conf.resolve("setenv.sh"), base.resolve("bin/setenv.sh"));
    Files.copy(WarServer.war(), base.resolve("webapps/ROOT.war"));
    Path driver = Paths.get(org.postgresql.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Files.copy(driver, base.resolve("lib").resolve(driver.getFileName()));

    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    ProcessBuilder pb = new ProcessBuilder(HOME.resolve("bin/catalina.sh").toString(), "run");
    pb.environment().putAll(Map.of("CATALINA_HOME", HOME.toString(), "CATALINA_BASE", base.toString(),
        "MESOPJ_HTTP_PORT", Integer.toString(port), "MESOPJ_DB_URL", pg.jdbcUrl("mesop"),
        "MESOPJ_DB_USER", "mesop", "MESOPJ_DB_PASSWORD", "mesop-pw", "MESOPJ_HEAP", "384m"));
    pb.redirectErrorStream(true).redirectOutput(base.resolve("logs/console.log").toFile());
    tomcat = pb.start();
    uri = URI.create("http://127.0.0.1:" + port);
    awaitReady();
  }

  private static void awaitReady() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < deadline) {
      if (!tomcat.isAlive()) {
        throw new IllegalStateException("Tomcat exited: " + log());
      }
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri.resolve("/__health")).timeout(Duration.ofSeconds(5))
            .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("Tomcat did not become ready: " + log());
  }

  private static String log() throws IOException {
    String text = Files.readString(base.resolve("logs/console.log"));
    return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
  }

  @AfterAll
  static void stop() throws Exception {
    if (tomcat != null) {
      tomcat.descendants().forEach(ProcessHandle::destroyForcibly);
      tomcat.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    if (pg != null) {
      pg.close();
    }
  }

  @Test
  void aPageRendersWithItsShellAndHeaders() throws Exception {
    HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri.resolve("/counter")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<title>Counter</title>"));
    assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("'nonce-"));
    assertTrue(page.body().contains("\"transport\":\"websocket\""), "context.xml turned WebSockets on");
  }

  @Test
  void hstsOnlyWhenTheLoadBalancerSaysHttps() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> plain = http.send(HttpRequest.newBuilder(uri.resolve("/counter")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertTrue(plain.headers().firstValue("Strict-Transport-Security").isEmpty());
    // server.xml's RemoteIpValve trusts the local proxy's X-Forwarded-Proto.
    HttpResponse<String> tls = http.send(HttpRequest.newBuilder(uri.resolve("/counter"))
        .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
    assertEquals("max-age=31536000; includeSubDomains", tls.headers().firstValue("Strict-Transport-Security")
        .orElse(""));
  }

  @Test
  void eventsOverSseUseTheJndiDataSource() throws Exception {
    PageSession page = new UiClient(uri).load("/counter");
    assertFalse(page.session().getStateToken().isEmpty(), "the sql store (JNDI) holds the state");
    page.click("add");
    page.click("add");
    assertEquals("Count: 2", page.text("count"));
    try (java.sql.Connection c = pg.superuser("mesop").getConnection();
        java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM mesop_state_session"
            + " WHERE token = '" + page.session().getStateToken() + "'")) {
      rs.next();
      assertEquals(1, rs.getInt(1), "the session row is in PostgreSQL");
    }
  }

  @Test
  void eventsOverWebSocket() throws Exception {
    try (UiSocketClient socket = UiSocketClient.connect(uri, "/counter", Map.of())) {
      socket.load();
      socket.awaitEnd(socket.click("add"));
      assertEquals("Count: 1", TextProps.parseFrom(socket.find("count").getProps()).getText());
    }
  }
}
