package io.mesopj.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * A real PostgreSQL (zonky's embedded binaries) on a private data directory and port, for one
 * test class. It can be stopped and started again on the same data and port (outage tests).
 * The superuser {@code postgres} needs no password; every other role must give its password
 * (scram-sha-256), so tests of wrong credentials fail as they would in production.
 */
public final class EmbeddedPostgresDb implements AutoCloseable {
  private static final String HBA = "# written by EmbeddedPostgresDb\n"
      + "local all postgres trust\n"
      + "host all postgres 127.0.0.1/32 trust\n"
      + "host all postgres ::1/128 trust\n"
      + "local all all scram-sha-256\n"
      + "host all all 127.0.0.1/32 scram-sha-256\n"
      + "host all all ::1/128 scram-sha-256\n";

  private final Path dataDir;
  private final int port;
  private EmbeddedPostgres pg;

  private EmbeddedPostgresDb(Path dataDir, int port) {
    this.dataDir = dataDir;
    this.port = port;
  }

  /** Starts a fresh instance on a free port. */
  public static EmbeddedPostgresDb start() {
    try {
      EmbeddedPostgresDb db = new EmbeddedPostgresDb(Files.createTempDirectory("mesopj-pg"), freePort());
      db.startAgain();
      return db;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the server (again) on the same data directory and port. */
  public synchronized void startAgain() {
    if (pg != null) {
      throw new IllegalStateException("already running");
    }
    try {
      pg = EmbeddedPostgres.builder()
          .setDataDirectory(dataDir)
          .setCleanDataDirectory(false) // we delete it in close(), after any restarts
          .setPort(port)
          .setServerConfig("password_encryption", "scram-sha-256")
          .setServerConfig("max_connections", "100")
          .setDataDirectoryCustomizer(dir -> writeHba(dir.toPath()))
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops the server (fast shutdown: open sessions are ended); the data stays. */
  public synchronized void stop() {
    if (pg != null) {
      try {
        pg.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        pg = null;
      }
    }
  }

  public int port() {
    return port;
  }

  /** JDBC URL of {@code database} (no user: tests pass it as a setting). */
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  /** The superuser's connection to the {@code postgres} database. */
  public synchronized DataSource superuser() {
    return pg.getPostgresDatabase();
  }

  /** The superuser's connection to {@code database}. */
  public synchronized DataSource superuser(String database) {
    return pg.getDatabase("postgres", database);
  }

  /** Runs statements as the superuser in {@code database}. */
  public void execute(String database, String... sql) {
    try (Connection c = superuser(database).getConnection(); Statement s = c.createStatement()) {
      for (String statement : sql) {
        s.execute(statement);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Creates an empty database and returns its name. */
  public String createDatabase(String name) {
    execute("postgres", "CREATE DATABASE " + name);
    return name;
  }

  @Override
  public void close() {
    stop();
    try (Stream<Path> files = Files.walk(dataDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temp directory left behind is not worth failing a test for.
    }
  }

  private static void writeHba(Path dir) {
    try {
      Files.writeString(dir.resolve("pg_hba.conf"), HBA);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    }
  }
}
