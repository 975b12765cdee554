package io.mesopj.internal.state.file;

import io.mesopj.internal.config.MesopConfig;
import io.mesopj.internal.state.AcquireResult;
import io.mesopj.internal.state.FencedOffException;
import io.mesopj.internal.state.Lease;
import io.mesopj.internal.state.SessionTokens;
import io.mesopj.internal.state.StateStore;
import io.mesopj.internal.state.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Sessions as files in a directory that several JVMs may share (MESOP_STATE_SESSION_BACKEND=file).
 * The lease lives in each session's file header; every change is a read-modify-write under the
 * shard's {@link ShardLock} and lands through an atomic rename. Answers that need no change
 * (busy, missing, a stale fence) come from a lock-free read of the header.
 *
 * <p>Holds no open files or threads between calls; all time decisions use the given clock.
 */
public final class FileStateStore implements StateStore {
  static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(10);

  private final StoreLayout layout;
  private final Clock clock;
  private final Duration lockWait;
  private final SessionFiles files = new SessionFiles();
  private final ExpirySweep sweep;

  /** A store over {@code baseDir}, which must exist and be writable (see {@link #fromConfig}). */
  public FileStateStore(Path baseDir, Clock clock) {
    this(baseDir, clock, DEFAULT_LOCK_WAIT);
  }

  FileStateStore(Path baseDir, Clock clock, Duration lockWait) {
    this.layout = new StoreLayout(baseDir.toAbsolutePath().normalize());
    this.clock = Objects.requireNonNull(clock);
    this.lockWait = lockWait;
    this.sweep = new ExpirySweep(layout, files, lockWait);
  }

  /**
   * The store configured by MESOP_STATE_SESSION_BACKEND_FILE_BASE_DIR. Throws ConfigException at
   * start-up when the directory is missing, not a directory or not writable.
   */
  public static FileStateStore fromConfig(MesopConfig config, Clock clock) {
    return new FileStateStore(BaseDirectory.fromConfig(config), clock);
  }

  @Override
  public String name() {
    return "file";
  }

  @Override
  public void create(String token, byte[] record, Instant expiresAt) {
    Path file = layout.sessionFile(token);
    try {
      Files.createDirectories(file.getParent());
      try (ShardLock lock = lock(file)) {
        files.write(file, SessionHeader.created(clock.millis(), expiresAt.toEpochMilli()), record);
      }
    } catch (IOException e) {
      throw failed("save new session", token, e);
    }
  }

  @Override
  public AcquireResult tryAcquire(String token, Duration leaseTime) {
    Path file = layout.sessionFile(token);
    try {
      long now = clock.millis();
      SessionHeader seen = files.readHeader(file, token); // no lock: busy and missing need no change
      if (seen == null || seen.goneAt(now)) {
        return AcquireResult.missing();
      }
      if (seen.leasedAt(now)) {
        return AcquireResult.busy();
      }
      try (ShardLock lock = lock(file)) {
        now = clock.millis();
        SessionFiles.Content current = files.read(file, token);
        if (current == null || current.header().goneAt(now)) {
          return AcquireResult.missing(); // expired sessions stay on disk until the sweep
        }
        if (current.header().leasedAt(now)) {
          return AcquireResult.busy();
        }
        SessionHeader granted = current.header().granted(now, leaseTime.toMillis());
        files.write(file, granted, current.payload());
        return AcquireResult.granted(new Lease(token, granted.fence(), current.payload()));
      }
    } catch (IOException e) {
      throw failed("lease", token, e);
    }
  }

  @Override
  public boolean renew(Lease lease, Duration leaseTime) {
    Path file = layout.sessionFile(lease.token());
    try {
      if (!holds(files.readHeader(file, lease.token()), lease)) {
        return false; // fences only grow: a stale fence stays stale
      }
      try (ShardLock lock = lock(file)) {
        SessionFiles.Content current = files.read(file, lease.token());
        if (current == null || !holds(current.header(), lease)) {
          return false;
        }
        files.write(file, current.header().renewed(clock.millis(), leaseTime.toMillis()), current.payload());
        return true;
      }
    } catch (IOException e) {
      throw failed("renew the lease of", lease.token(), e);
    }
  }

  @Override
  public void commit(Lease lease, byte[] record, Instant expiresAt) {
    save(lease, record, current -> current.committed(clock.millis(), expiresAt.toEpochMilli()));
  }

  @Override
  public void checkpoint(Lease lease, byte[] record, Instant expiresAt) {
    save(lease, record, current -> current.checkpointed(clock.millis(), expiresAt.toEpochMilli()));
  }

  private void save(Lease lease, byte[] record, java.util.function.UnaryOperator<SessionHeader> next) {
    Path file = layout.sessionFile(lease.token());
    try {
      if (!holds(files.readHeader(file, lease.token()), lease)) {
        throw new FencedOffException(lease.token());
      }
      try (ShardLock lock = lock(file)) {
        SessionHeader current = files.readHeader(file, lease.token()); // the old payload is not needed
        if (!holds(current, lease)) {
          throw new FencedOffException(lease.token());
        }
        files.write(file, next.apply(current), record);
      }
    } catch (IOException e) {
      throw failed("save", lease.token(), e);
    }
  }

  @Override
  public void release(Lease lease) {
    Path file = layout.sessionFile(lease.token());
    try {
      if (!holds(files.readHeader(file, lease.token()), lease)) {
        return;
      }
      try (ShardLock lock = lock(file)) {
        SessionFiles.Content current = files.read(file, lease.token());
        if (current != null && holds(current.header(), lease)) {
          files.write(file, current.header().released(), current.payload());
        }
      }
    } catch (IOException e) {
      throw failed("release", lease.token(), e);
    }
  }

  @Override
  public void delete(String token) {
    Path file = layout.sessionFile(token);
    if (!Files.exists(file)) {
      return; // a file, once gone, never comes back: tokens are never reused
    }
    try (ShardLock lock = lock(file)) { // so no read-modify-write in flight can resurrect it
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw failed("delete", token, e);
    }
  }

  @Override
  public int sweepExpired(Instant now) {
    return sweep.sweep(now.toEpochMilli());
  }

  @Override
  public void checkReady() {
    Path base = layout.base();
    if (!Files.isDirectory(base)) {
      throw new StoreException("The file store's directory " + base + " no longer exists or is not a directory.",
          true);
    }
    try {
      BaseDirectory.probe(base);
    } catch (IOException e) {
      throw new StoreException("The file store's directory " + base + " is not writable: " + e, true, e);
    }
  }

  /** The sweep, for tests that step through its phases. */
  ExpirySweep sweep() {
    return sweep;
  }

  StoreLayout layout() {
    return layout;
  }

  private ShardLock lock(Path file) {
    return ShardLock.acquire(file.getParent(), lockWait);
  }

  /** The file still carries the lease's grant, not yet committed or released. */
  private static boolean holds(SessionHeader h, Lease lease) {
    return h != null && h.fence() == lease.fence() && h.leaseOutstanding();
  }

  private StoreException failed(String what, String token, IOException e) {
    if (e instanceof NoSuchFileException && !Files.isDirectory(layout.base())) {
      return new StoreException("The file store's directory " + layout.base() + " is gone; could not " + what
          + " session " + SessionTokens.redact(token) + ".", true, e);
    }
    return new StoreException("The file store could not " + what + " session " + SessionTokens.redact(token)
        + " in " + layout.base() + ": " + IoReasons.of(e), true, e);
  }
}
