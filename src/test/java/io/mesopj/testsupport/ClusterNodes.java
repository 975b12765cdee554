package io.mesopj.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Cluster nodes as separate JVMs ({@link NodeMain}), each deploying the built WAR in embedded
 * Jetty or Tomcat on its own port with shared settings (system properties). A node can be killed
 * like a crashed server ({@link Process#destroyForcibly()}) and started again on the same port.
 * {@link #close()} kills and reaps every node and deletes their work directories; a shutdown
 * hook and the nodes' own stdin watch make sure none outlives the test JVM.
 */
public final class ClusterNodes implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

  /** One node: its container, port, extra settings and (while running) its process. */
  public static final class Node {
    private final int index;
    private final WarServer.Kind kind;
    private final int port;
    private final Map<String, String> settings;
    private final Path dir;
    private volatile Process process;
    private int starts;

    private Node(int index, WarServer.Kind kind, int port, Map<String, String> settings, Path dir) {
      this.index = index;
      this.kind = kind;
      this.port = port;
      this.settings = settings;
      this.dir = dir;
    }

    public URI base() {
      return URI.create("http://127.0.0.1:" + port);
    }

    public WarServer.Kind kind() {
      return kind;
    }

    public boolean alive() {
      Process p = process;
      return p != null && p.isAlive();
    }

    public Path log() {
      return dir.resolve("node-" + starts + ".log");
    }

    @Override
    public String toString() {
      return "node" + index + "(" + kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + port + ")";
    }
  }

  private final Path workDir;
  private final List<Node> nodes = new ArrayList<>();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(2)).build();
  private final Thread reaper = new Thread(this::killAll, "cluster-nodes-reaper");

  private ClusterNodes(Path workDir) {
    this.workDir = workDir;
    Runtime.getRuntime().addShutdownHook(reaper);
  }

  /** An empty cluster whose nodes will keep their logs under target/cluster/{label}-*. */
  public static ClusterNodes create(String label) {
    try {
      Path parent = Paths.get("target", "cluster").toAbsolutePath();
      Files.createDirectories(parent);
      return new ClusterNodes(Files.createTempDirectory(parent, label + "-"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts one node per kind, all with {@code settings}, in parallel; returns when all are healthy. */
  public static ClusterNodes start(String label, Map<String, String> settings, WarServer.Kind... kinds) {
    ClusterNodes cluster = create(label);
    try {
      long start = System.nanoTime();
      for (WarServer.Kind kind : kinds) {
        cluster.launch(kind, settings);
      }
      cluster.awaitAllHealthy();
      System.out.printf(java.util.Locale.ROOT, "[cluster] %s: %s healthy %.1f s after launch%n", label,
          cluster.nodes(), (System.nanoTime() - start) / 1e9);
      return cluster;
    } catch (RuntimeException | Error e) {
      cluster.close();
      throw e;
    }
  }

  /** Starts one more node (not waiting for it: see {@link #awaitAllHealthy()}) and returns it. */
  public synchronized Node launch(WarServer.Kind kind, Map<String, String> settings) {
    int index = nodes.size();
    Path dir = workDir.resolve("node" + index);
    try {
      Files.createDirectories(dir.resolve("tmp"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Node node = new Node(index, kind, freePort(), new LinkedHashMap<>(settings), dir);
    nodes.add(node);
    spawn(node);
    return node;
  }

  public synchronized List<Node> nodes() {
    return List.copyOf(nodes);
  }

  public Node node(int i) {
    return nodes().get(i);
  }

  /** Base URIs of every node, dead or alive (as a load balancer's list of backends). */
  public List<URI> bases() {
    return nodes().stream().map(Node::base).toList();
  }

  /** Kills the node like a crash (SIGKILL) and waits until the process is gone. */
  public void kill(Node node) {
    Process p = node.process;
    if (p == null) {
      return;
    }
    p.destroyForcibly();
    try {
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException(node + " did not die within 30 s of SIGKILL");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Starts a killed node again, on the same port with the same settings, and waits until it is healthy. */
  public void restart(Node node) {
    if (node.alive()) {
      throw new IllegalStateException(node + " is still running");
    }
    long start = System.nanoTime();
    spawn(node);
    awaitHealthy(node);
    System.out.printf(java.util.Locale.ROOT, "[cluster] %s restarted, healthy after %.1f s%n", node,
        (System.nanoTime() - start) / 1e9);
  }

  /** Waits until every running node answers 200 on /__health (or fails with the log of a node that died). */
  public void awaitAllHealthy() {
    for (Node n : nodes()) {
      awaitHealthy(n);
    }
  }

  /** GET {@code /__health} on a node: status and body; status 0 if it does not answer. */
  public Health health(Node node) {
    try {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(node.base().resolve("/__health"))
          .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
      return new Health(r.statusCode(), r.body());
    } catch (IOException e) {
      return new Health(0, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A health answer. */
  public record Health(int status, String body) {}

  private void awaitHealthy(Node node) {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (true) {
      if (!node.alive()) {
        throw new IllegalStateException(node + " exited while starting:\n" + tail(node, 60));
      }
      if (health(node).status() == 200) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(node + " was not healthy within " + START_TIMEOUT.toSeconds() + " s:\n"
            + tail(node, 60));
      }
      sleep(200);
    }
  }

  private synchronized void spawn(Node node) {
    node.starts++;
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-XX:+UseSerialGC");
    command.add("-XX:TieredStopAtLevel=1"); // 2 shared cores: quick start-up matters more than peak speed
    command.add("-Djava.io.tmpdir=" + node.dir.resolve("tmp"));
    command.add("-Dmesopj.war=" + WarServer.war());
    node.settings.forEach((k, v) -> command.add("-D" + k + "=" + v));
    command.add("@" + classPathFile());
    command.add(NodeMain.class.getName());
    command.add(node.kind.name().toLowerCase(java.util.Locale.ROOT));
    command.add(Integer.toString(node.port));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(node.log().toFile());
    try {
      node.process = pb.start(); // stdin stays an open pipe: NodeMain exits when it closes
    } catch (IOException e) {
      throw new UncheckedIOException("could not start " + node, e);
    }
  }

  /** The test class path, as a java @argfile (a command line could be too long). */
  private Path classPathFile() {
    Path file = workDir.resolve("classpath.args");
    if (!Files.exists(file)) {
      String cp = System.getProperty("java.class.path");
      try {
        Files.writeString(file, "-cp \"" + cp.replace("\\", "\\\\") + "\"\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return file;
  }

  /** The last {@code lines} lines of a node's current log. */
  public String tail(Node node, int lines) {
    try {
      List<String> all = Files.readAllLines(node.log(), StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  private synchronized void killAll() {
    for (Node n : nodes) {
      Process p = n.process;
      if (p != null) {
        p.destroyForcibly();
      }
    }
    for (Node n : nodes) {
      Process p = n.process;
      if (p != null) {
        try {
          p.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /**
   * Kills and reaps every node, then deletes their temporary files (the unpacked WARs); the
   * logs stay in target/cluster/ for a look after a failure.
   */
  @Override
  public void close() {
    killAll();
    try {
      Runtime.getRuntime().removeShutdownHook(reaper);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down
    }
    for (Node n : nodes()) {
      try (Stream<Path> files = Files.walk(n.dir.resolve("tmp"))) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // a directory left in target/ is not worth failing a test for
      }
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
