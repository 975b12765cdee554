package io.mesopj.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private MariaDB server for one test class: a fresh data directory, a free port on
 * 127.0.0.1, root without a password. Needs the Debian package mariadb-server (CI's .ci/run
 * installs it); without it, {@link #start()} fails the test with a message saying so, rather
 * than skipping it.
 */
public final class PrivateMariaDb implements AutoCloseable {
  private static final long START_TIMEOUT_MS = 60_000;

  private final Path dir;
  private final int port;
  private final Process process;
  private final Thread killOnExit;

  private PrivateMariaDb(Path dir, int port, Process process) {
    this.dir = dir;
    this.port = port;
    this.process = process;
    this.killOnExit = new Thread(process::destroyForcibly, "mariadbd-killer");
    Runtime.getRuntime().addShutdownHook(killOnExit);
  }

  /** Installs a data directory, starts mariadbd and waits until it accepts connections. */
  public static PrivateMariaDb start() {
    String server = find("mariadbd");
    String install = find("mariadb-install-db");
    if (server == null || install == null) {
      throw new AssertionError("MariaDB is not installed (no mariadbd / mariadb-install-db on PATH or in"
          + " /usr/sbin, /usr/bin). Install it: apt-get install mariadb-server (CI's .ci/run does).");
    }
    try {
      Path dir = Files.createTempDirectory("mesopj-mariadb");
      Path data = dir.resolve("data");
      run(dir.resolve("install.log"), install, "--no-defaults", "--user=" + osUser(), "--datadir=" + data,
          "--auth-root-authentication-method=normal", "--skip-test-db");
      int port = EmbeddedPostgresDb.freePort();
      ProcessBuilder pb = new ProcessBuilder(server, "--no-defaults", "--user=" + osUser(), "--datadir=" + data,
          "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + dir.resolve("mariadbd.sock"),
          "--pid-file=" + dir.resolve("mariadbd.pid"), "--skip-name-resolve", "--skip-log-bin",
          "--innodb-buffer-pool-size=64M", "--max-allowed-packet=64M", "--innodb-flush-log-at-trx-commit=2");
      pb.redirectErrorStream(true).redirectOutput(dir.resolve("mariadbd.log").toFile());
      PrivateMariaDb db = new PrivateMariaDb(dir, port, pb.start());
      db.awaitReady();
      return db;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** JDBC URL of {@code database} on this server. */
  public String jdbcUrl(String database) {
    return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
  }

  /** The administrator, who has no password. */
  public String user() {
    return "root";
  }

  /** Creates a database and returns its name. */
  public String createDatabase(String name) {
    execute("CREATE DATABASE " + name);
    return name;
  }

  /** Runs statements as root (no default database). */
  public void execute(String... sql) {
    try (Connection c = DriverManager.getConnection(jdbcUrl(""), "root", "");
        Statement s = c.createStatement()) {
      for (String statement : sql) {
        s.execute(statement);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Stops the server (SIGTERM, then waits) and deletes its files. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(killOnExit);
    } catch (IllegalStateException e) {
      // Already shutting down.
    }
    deleteTree(dir);
  }

  private void awaitReady() {
    long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
    SQLException last = null;
    while (System.currentTimeMillis() < deadline) {
      if (!process.isAlive()) {
        String log = tail(dir.resolve("mariadbd.log"));
        close();
        throw new AssertionError("mariadbd exited at start-up:\n" + log);
      }
      try (Connection c = DriverManager.getConnection(jdbcUrl("") + "?connectTimeout=1000", "root", "")) {
        return;
      } catch (SQLException e) {
        last = e;
      }
      sleep(100);
    }
    String log = tail(dir.resolve("mariadbd.log"));
    close();
    throw new AssertionError("mariadbd did not accept connections within " + START_TIMEOUT_MS + " ms: " + last
        + "\n" + log);
  }

  private static void run(Path log, String... command) throws IOException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        throw new AssertionError(String.join(" ", command) + " failed:\n" + tail(log));
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** The OS user mariadbd runs as: as root it must be told so explicitly. */
  private static String osUser() {
    return System.getProperty("user.name");
  }

  private static String find(String program) {
    List<String> dirs = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      dirs.addAll(List.of(path.split(File.pathSeparator)));
    }
    dirs.addAll(List.of("/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin"));
    for (String d : dirs) {
      File f = new File(d, program);
      if (f.canExecute()) {
        return f.getPath();
      }
    }
    return null;
  }

  private static String tail(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temp directory left behind is not worth failing a test for.
    }
  }
}
