package io.mesopj.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleState;
import org.apache.catalina.Wrapper;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.scan.StandardJarScanFilter;
import org.apache.tomcat.util.scan.StandardJarScanner;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;

/**
 * The server JVM the benchmarks start (one per node): the built WAR at {@code /} and the
 * {@link BaselineServlet} at {@code /baseline/sse}, in one container on one connector. mesopj
 * reads its settings from this JVM's system properties. Writes the port to {@code --port-file}
 * once both are deployed, then serves until killed. {@code GET /baseline/jit} answers the JIT
 * compiler's total time so far (ms), which the harness watches to know when warm-up is over;
 * {@code GET /baseline/heap} the heap in use after a full GC and the live threads (for --capacity).
 *
 * <p>Arguments: {@code --war=PATH --port-file=PATH --tmp=DIR [--container=jetty|tomcat]}; the WAR
 * may be a file or an exploded directory; the container's working files go to {@code DIR}.
 */
public final class BenchServer {
  private BenchServer() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = new HashMap<>();
    for (String a : args) {
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        opts.put(a.substring(2, eq), a.substring(eq + 1));
      }
    }
    Path war = Paths.get(required(opts, "war"));
    Path portFile = Paths.get(required(opts, "port-file"));
    Path tmp = Files.createDirectories(Paths.get(required(opts, "tmp")));
    String container = opts.getOrDefault("container", "jetty");
    int port = "tomcat".equals(container) ? tomcat(war, tmp) : jetty(war, tmp);
    Path written = portFile.resolveSibling(portFile.getFileName() + ".tmp");
    Files.writeString(written, port + "\n" + System.getProperty("java.vm.name") + " " + Runtime.version() + "\n");
    Files.move(written, portFile, StandardCopyOption.ATOMIC_MOVE);
    System.out.println("bench server (" + container + ") ready on port " + port);
    Thread.currentThread().join();
  }

  private static String required(Map<String, String> opts, String name) {
    String v = opts.get(name);
    if (v == null) {
      throw new IllegalArgumentException("--" + name + "= is required");
    }
    return v;
  }

  /** Deployed as the container tests deploy it (see io.mesopj.testsupport.JettyWarServer). */
  private static int jetty(Path war, Path tmp) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    WebAppContext app = new WebAppContext();
    app.setContextPath("/");
    app.setWar(war.toString());
    app.setThrowUnavailableOnStartupException(true);
    app.setAttribute("org.eclipse.jetty.server.webapp.WebInfIncludeJarPattern", ".*/mesopj[^/]*\\.jar$");
    app.setAttribute("org.eclipse.jetty.containerInitializerExclusionPattern", "org\\.apache\\..*");
    app.setTempDirectory(Files.createDirectories(tmp.resolve("jetty")).toFile());
    ServletContextHandler baseline = new ServletContextHandler("/baseline");
    ServletHolder holder = new ServletHolder("baseline", new BaselineServlet());
    holder.setAsyncSupported(true);
    baseline.addServlet(holder, "/sse");
    baseline.addServlet(new ServletHolder("jit", new JitServlet()), "/jit");
    baseline.addServlet(new ServletHolder("heap", new HeapServlet()), "/heap");
    server.setHandler(new ContextHandlerCollection(app, baseline));
    server.start();
    return connector.getLocalPort();
  }

  /** Deployed as the container tests deploy it (see io.mesopj.testsupport.TomcatWarServer). */
  private static int tomcat(Path war, Path tmp) throws Exception {
    Tomcat tomcat = new Tomcat();
    Path base = Files.createDirectories(tmp.resolve("tomcat"));
    tomcat.setBaseDir(base.toString());
    tomcat.setHostname("127.0.0.1");
    tomcat.setPort(0);
    tomcat.getConnector().setProperty("address", "127.0.0.1");
    tomcat.getHost().setAutoDeploy(false);
    Context app = tomcat.addWebapp("", war.toString());
    StandardJarScanner scanner = new StandardJarScanner();
    StandardJarScanFilter filter = new StandardJarScanFilter();
    filter.setDefaultPluggabilityScan(false);
    filter.setPluggabilityScan("mesopj*.jar");
    filter.setDefaultTldScan(false);
    scanner.setJarScanFilter(filter);
    scanner.setScanClassPath(false);
    app.setJarScanner(scanner);
    app.setContainerSciFilter("org\\.eclipse\\.jetty\\..*");
    Path docBase = Files.createDirectories(base.resolve("baseline-docbase"));
    Context baseline = tomcat.addContext("/baseline", docBase.toString());
    Wrapper w = Tomcat.addServlet(baseline, "baseline", new BaselineServlet());
    w.setAsyncSupported(true);
    baseline.addServletMappingDecoded("/sse", "baseline");
    Tomcat.addServlet(baseline, "jit", new JitServlet());
    baseline.addServletMappingDecoded("/jit", "jit");
    Tomcat.addServlet(baseline, "heap", new HeapServlet());
    baseline.addServletMappingDecoded("/heap", "heap");
    tomcat.start();
    if (app.getState() != LifecycleState.STARTED) {
      throw new IOException("Tomcat failed to deploy the WAR (context state " + app.getState() + ")");
    }
    return tomcat.getConnector().getLocalPort();
  }

  /** The JIT compilers' total time in this JVM so far, in milliseconds (text/plain). */
  static final class JitServlet extends jakarta.servlet.http.HttpServlet {
    @Override
    protected void doGet(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse resp)
        throws IOException {
      resp.setContentType("text/plain");
      resp.getWriter().print(java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime());
    }
  }

  /**
   * "used-heap-bytes live-threads {pool=threads, ...}" after a full GC (text/plain). Two System.gc() calls, a pause
   * between: the first may leave objects that only become unreachable once finalizable
   * references and soft caches are processed.
   */
  static final class HeapServlet extends jakarta.servlet.http.HttpServlet {
    @Override
    protected void doGet(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse resp)
        throws IOException {
      java.lang.management.MemoryMXBean memory = java.lang.management.ManagementFactory.getMemoryMXBean();
      for (int i = 0; i < 2; i++) {
        System.gc();
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      resp.setContentType("text/plain");
      // threads by name without its number ("qtp123-45" -> "qtp"), to tell pools apart
      java.util.Map<String, Integer> pools = new java.util.TreeMap<>();
      for (Thread t : Thread.getAllStackTraces().keySet()) {
        pools.merge(t.getName().replaceAll("[-_ ]?[0-9]+", ""), 1, Integer::sum);
      }
      pools.values().removeIf(count -> count < 5);
      resp.getWriter().print(memory.getHeapMemoryUsage().getUsed() + " "
          + java.lang.management.ManagementFactory.getThreadMXBean().getThreadCount() + " " + pools);
    }
  }
}
