package io.mesopj.testsupport;

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
    return start(war, contextPath, params, 0);
  }

  /** {@code port} 0 picks a free port. */
  static JettyWarServer start(Path war, String contextPath, Map<String, String> params, int port) {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    server.addConnector(connector);
    WebAppContext ctx = new WebAppContext();
    ctx.setContextPath(contextPath.isEmpty() ? "/" : contextPath);
    ctx.setWar(war.toString());
    ctx.setThrowUnavailableOnStartupException(true);
    // Scan only mesopj jars (and WEB-INF/classes) for @HandlesTypes, as a Jetty deployment should:
    // scanning the ~80 library jars costs tens of seconds.
    ctx.setAttribute("org.eclipse.jetty.server.webapp.WebInfIncludeJarPattern", ".*/mesopj[^/]*\\.jar$");
    // Tomcat is on the test classpath too; its SCIs must not run inside Jetty.
    ctx.setAttribute("org.eclipse.jetty.containerInitializerExclusionPattern", "org\\.apache\\..*");
    try {
      ctx.setTempDirectory(Files.createTempDirectory("mesopj-jetty").toFile());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
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
