package io.mesopj.testsupport;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.LifecycleState;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.scan.StandardJarScanFilter;
import org.apache.tomcat.util.scan.StandardJarScanner;

/** The WAR in embedded Tomcat 11. */
final class TomcatWarServer implements WarServer {
  private final Tomcat tomcat;
  private final URI base;

  private TomcatWarServer(Tomcat tomcat, URI base) {
    this.tomcat = tomcat;
    this.base = base;
  }

  static TomcatWarServer start(Path war, String contextPath, Map<String, String> params) {
    return start(war, contextPath, params, 0);
  }

  /** {@code port} 0 picks a free port. */
  static TomcatWarServer start(Path war, String contextPath, Map<String, String> params, int port) {
    Tomcat tomcat = new Tomcat();
    try {
      Path base = Files.createTempDirectory("mesopj-tomcat");
      tomcat.setBaseDir(base.toString());
      // The host's appBase must exist for Tomcat to unpack the WAR, as a real Tomcat does. Run
      // from the packed WAR, the start (scanning its jars for @HandlesTypes) took 6-7 minutes
      // here instead of about 10 seconds.
      Files.createDirectories(base.resolve("webapps"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    tomcat.setHostname("127.0.0.1");
    tomcat.setPort(port);
    tomcat.getConnector().setProperty("address", "127.0.0.1");
    tomcat.getHost().setAutoDeploy(false);
    tomcat.setAddDefaultWebXmlToWebapp(false); // no JSP here; mesopj maps its own servlet to "/"
    Context ctx = tomcat.addWebapp(contextPath, war.toString());
    // As the WAR's META-INF/context.xml asks (embedded Tomcat does not read it): scan only our jars.
    StandardJarScanner scanner = new StandardJarScanner();
    StandardJarScanFilter filter = new StandardJarScanFilter();
    filter.setDefaultPluggabilityScan(false);
    filter.setPluggabilityScan("mesopj*.jar");
    filter.setDefaultTldScan(false);
    scanner.setJarScanFilter(filter);
    scanner.setScanClassPath(false);
    ctx.setJarScanner(scanner);
    // Jetty is on the test classpath too; its SCIs must not run inside Tomcat.
    ctx.setContainerSciFilter("org\\.eclipse\\.jetty\\..*");
    params.forEach(ctx::addParameter);
    try {
      tomcat.start();
    } catch (LifecycleException e) {
      stopQuietly(tomcat);
      throw new IllegalStateException("Tomcat failed to start: " + e.getMessage(), e);
    }
    if (ctx.getState() != LifecycleState.STARTED) {
      stopQuietly(tomcat);
      throw new IllegalStateException("Tomcat failed to deploy the WAR (context state " + ctx.getState() + ")");
    }
    int localPort = tomcat.getConnector().getLocalPort();
    return new TomcatWarServer(tomcat, URI.create("http://127.0.0.1:" + localPort + contextPath));
  }

  private static void stopQuietly(Tomcat tomcat) {
    try {
      tomcat.stop();
      tomcat.destroy();
    } catch (LifecycleException ignored) {
      // already failing
    }
  }

  @Override
  public URI base() {
    return base;
  }

  @Override
  public void close() {
    try {
      tomcat.stop();
      tomcat.destroy();
    } catch (LifecycleException e) {
      throw new IllegalStateException(e);
    }
  }
}
