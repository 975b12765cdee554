package io.mesopj.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Three nodes (Jetty, Tomcat, Jetty) in their own JVMs sharing one directory as the file store,
 * as nodes sharing a network file system would, with a short lease so a crashed node's sessions
 * free up quickly.
 *
 * <p>The directory is on /dev/shm (tmpfs) when there is one, else in java.io.tmpdir; set
 * {@code -Dmesopj.clusterFileParent=/some/dir} to choose. The store does the same work either way
 * (file locks, atomic renames, fsyncs), but on tmpfs an fsync costs nothing: every event of one
 * session takes its lease and commits with two fsyncs each, so one busy session on the disk of
 * the CI machines manages about 65 events/s against about 600 on tmpfs, which would make the
 * 5,000-click run take over a minute.
 */
public final class FileCluster implements AutoCloseable {
  private final Path dir;
  private final ClusterNodes nodes;

  private FileCluster(Path dir, ClusterNodes nodes) {
    this.dir = dir;
    this.nodes = nodes;
  }

  public static FileCluster start() {
    Path dir;
    try {
      dir = Files.createTempDirectory(parent(), "mesopj-cluster-file");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Map<String, String> settings = new LinkedHashMap<>(ClusterSettings.common());
      settings.put("MESOP_STATE_SESSION_BACKEND", "file");
      settings.put("MESOP_STATE_SESSION_BACKEND_FILE_BASE_DIR", dir.toString());
      System.out.println("[cluster] file store directory: " + dir);
      return new FileCluster(dir, ClusterNodes.start("file", settings, ClusterSettings.KINDS));
    } catch (RuntimeException | Error e) {
      delete(dir);
      throw e;
    }
  }

  private static Path parent() {
    String chosen = System.getProperty("mesopj.clusterFileParent");
    if (chosen != null) {
      return Path.of(chosen);
    }
    Path shm = Path.of("/dev/shm");
    return Files.isDirectory(shm) && Files.isWritable(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
  }

  public ClusterNodes nodes() {
    return nodes;
  }

  /** A new client (with its own statistics) that sends each request to a random node. */
  public ClusterClient client() {
    return new ClusterClient(nodes.bases());
  }

  @Override
  public void close() {
    try {
      nodes.close();
    } finally {
      delete(dir);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temp directory left behind is not worth failing a test for
    }
  }
}
