package io.mesopj.testing;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** The WAR in embedded Jetty 12 (ee10), with annotation scanning as in a real deployment. */
final class JettyWarServer implements WarServer {
  private final Server server;
  private final URI base;

  private JettyWarServer(Server server, URI base) {
    this.server = server;
    this.base = base;
  }

  static JettyWarServer start(Path war, String contextPath, Map<String, String> params) {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    WebAppContext ctx = new WebAppContext();
    ctx.setContextPath(contextPath.isEmpty() ? "/" : contextPath);
    ctx.setWar(war.toString());
    ctx.setThrowUnavailableOnStartupException(true);
    try {
      ctx.setTempDirectory(Files.createTempDirectory("mesopj-jetty").toFile());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    // Tomcat's ServletContainerInitializers are on the test class path too (for TomcatWarServer);
    // Tomcat's WebSocket one would take the place of Jetty's and break its start.
    ctx.setAttribute("org.eclipse.jetty.containerInitializerExclusionPattern", "org\\.apache\\.tomcat\\..*");
    params.forEach(ctx::setInitParameter);
    server.setHandler(ctx);
    try {
      server.start();
    } catch (Exception e) {
      try {
        server.stop();
      } catch (Exception ignored) {
        // already failing
      }
      throw new IllegalStateException("Jetty failed to deploy the WAR: " + e.getMessage(), e);
    }
    return new JettyWarServer(server, URI.create("http://127.0.0.1:" + connector.getLocalPort() + contextPath));
  }

  @Override
  public URI base() {
    return base;
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
