package io.mesopj.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The real Firestore emulator, started with {@code gcloud emulators firestore start} on a free
 * loopback port with a private gcloud config. It can be stopped and started again on the same
 * port (outage tests). Stopping kills the whole process tree: gcloud runs the emulator as a Java
 * child that would otherwise outlive it. Fails, never skips, when gcloud or the emulator is missing.
 */
public final class FirestoreEmulator implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final String projectId;
  private final int port;
  private final Path configDir;
  private final Path log;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private Process process;
  private Thread killOnExit;

  private FirestoreEmulator(String projectId, int port) throws IOException {
    this.projectId = projectId;
    this.port = port;
    this.configDir = Files.createTempDirectory("mesopj-gcloud-");
    this.log = configDir.resolve("emulator.log");
  }

  /** Starts an emulator for {@code projectId} on a free port and waits until it answers. */
  public static FirestoreEmulator start(String projectId) {
    try {
      FirestoreEmulator emulator = new FirestoreEmulator(projectId, freePort());
      emulator.start();
      return emulator;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** host:port, the value for FIRESTORE_EMULATOR_HOST. */
  public String hostPort() {
    return "127.0.0.1:" + port;
  }

  public String projectId() {
    return projectId;
  }

  public synchronized boolean running() {
    return process != null && process.isAlive();
  }

  /** (Re)starts the emulator on its port; a restarted emulator starts empty. */
  public synchronized void start() {
    if (running()) {
      return;
    }
    Path gcloud = findOnPath("gcloud").orElseThrow(() -> new IllegalStateException("The Firestore emulator"
        + " tests need the Google Cloud CLI: 'gcloud' is not on PATH. Install google-cloud-cli and"
        + " google-cloud-cli-firestore-emulator (apt), or 'gcloud components install cloud-firestore-emulator'."));
    ProcessBuilder pb = new ProcessBuilder(gcloud.toString(), "emulators", "firestore", "start",
        "--host-port=" + hostPort(), "--project=" + projectId, "--quiet");
    pb.environment().put("CLOUDSDK_CONFIG", configDir.toString());
    pb.environment().put("CLOUDSDK_CORE_DISABLE_PROMPTS", "1");
    pb.environment().put("CLOUDSDK_COMPONENT_MANAGER_DISABLE_UPDATE_CHECK", "true");
    pb.environment().remove("FIRESTORE_EMULATOR_HOST");
    pb.redirectErrorStream(true);
    pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    try {
      process = pb.start();
    } catch (IOException e) {
      throw new IllegalStateException("Could not run " + gcloud + ": " + e.getMessage(), e);
    }
    killOnExit = new Thread(this::killTree, "firestore-emulator-kill");
    Runtime.getRuntime().addShutdownHook(killOnExit);
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (!answers()) {
      if (!process.isAlive()) {
        String output = logText();
        stop();
        throw new IllegalStateException("The Firestore emulator did not start (gcloud exited with "
            + process.exitValue() + "). Is the cloud-firestore-emulator component installed"
            + " (google-cloud-cli-firestore-emulator)? Output:\n" + output);
      }
      if (System.nanoTime() > deadline) {
        String output = logText();
        stop();
        throw new IllegalStateException("The Firestore emulator did not answer on " + hostPort() + " within "
            + START_TIMEOUT.toSeconds() + " s. Output:\n" + output);
      }
      sleep(200);
    }
    warmUp();
  }

  /**
   * A few writes and reads over the emulator's REST API: a just-started emulator (a cold JVM on a
   * busy machine) can take seconds over its first requests, longer than the store's RPC timeouts.
   */
  private void warmUp() {
    String docs = "http://" + hostPort() + "/v1/projects/" + projectId + "/databases/(default)/documents/";
    for (int i = 0; i < 5; i++) {
      String doc = docs + "mesopj_warm_up/w" + i;
      send(HttpRequest.newBuilder(URI.create(doc)).timeout(Duration.ofSeconds(30))
          .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"fields\":{\"n\":{\"integerValue\":\"" + i + "\"}}}"))
          .header("Content-Type", "application/json").build(), "write");
      send(HttpRequest.newBuilder(URI.create(doc)).timeout(Duration.ofSeconds(30)).GET().build(), "read");
      send(HttpRequest.newBuilder(URI.create(doc)).timeout(Duration.ofSeconds(30)).DELETE().build(), "delete");
    }
  }

  private void send(HttpRequest request, String what) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("The Firestore emulator failed a " + what + " (" + request.uri() + "): HTTP "
            + response.statusCode() + " " + response.body());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The Firestore emulator failed a " + what, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Stops the emulator and every process it started; returns once its port is closed. */
  public synchronized void stop() {
    if (process == null) {
      return;
    }
    killTree();
    if (killOnExit != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(killOnExit);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or has run
      }
      killOnExit = null;
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (portOpen() && System.nanoTime() < deadline) {
      sleep(100);
    }
  }

  /** Deletes every document in the emulator's database (its REST reset endpoint). */
  public void clear() {
    send(HttpRequest.newBuilder(URI.create("http://" + hostPort() + "/emulator/v1/projects/" + projectId
        + "/databases/(default)/documents")).timeout(Duration.ofSeconds(10)).DELETE().build(), "clear");
  }

  @Override
  public void close() {
    stop();
    try (Stream<Path> files = Files.walk(configDir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temp dir left behind is harmless
    }
  }

  /** Kills the descendants first: once gcloud dies they are re-parented and can no longer be found. */
  private void killTree() {
    Process p = process;
    if (p == null) {
      return;
    }
    List<ProcessHandle> tree = p.descendants().collect(Collectors.toList());
    tree.forEach(ProcessHandle::destroy);
    p.destroy();
    awaitExit(tree, p, 10);
    tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    if (p.isAlive()) {
      p.destroyForcibly();
    }
    awaitExit(tree, p, 10);
  }

  private static void awaitExit(List<ProcessHandle> tree, Process p, int seconds) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while ((p.isAlive() || tree.stream().anyMatch(ProcessHandle::isAlive)) && System.nanoTime() < deadline) {
      sleep(50);
    }
  }

  private boolean answers() {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + hostPort() + "/"))
        .timeout(Duration.ofSeconds(2)).GET().build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private boolean portOpen() {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private String logText() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }

  private static Optional<Path> findOnPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      Path candidate = Paths.get(dir, command);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
