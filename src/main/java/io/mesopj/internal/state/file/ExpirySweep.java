package io.mesopj.internal.state.file;

import io.mesopj.internal.state.SessionTokens;
import io.mesopj.internal.state.StoreException;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The background sweep of the file store. Per shard it lists the files, reads headers without
 * the lock to find candidates, then re-checks each candidate under the shard lock right before
 * acting, so a session that another node used, extended or leased in between is never removed.
 *
 * <ul>
 *   <li>Expired, unleased sessions are deleted (counted).</li>
 *   <li>Damaged or foreign session files are renamed to {@code <token>.session.corrupt}: kept
 *       for inspection, never deleted, and the session then reads as missing (the user gets
 *       "session expired, reload" instead of an error on every event). Files in a newer format
 *       are left alone: another node may be running a newer mesopj.</li>
 *   <li>Temp files older than {@link #TEMP_MAX_AGE} are deleted: a writer holds the shard lock
 *       while its temp file exists, so under that lock an old one can only be left by a crash.</li>
 * </ul>
 * One bad file never stops the sweep: it is logged and skipped.
 */
final class ExpirySweep {
  static final Duration TEMP_MAX_AGE = Duration.ofMinutes(5);
  private static final Logger LOG = Logger.getLogger(ExpirySweep.class.getName());

  private final StoreLayout layout;
  private final SessionFiles files;
  private final Duration lockWait;

  ExpirySweep(StoreLayout layout, SessionFiles files, Duration lockWait) {
    this.layout = layout;
    this.files = files;
    this.lockWait = lockWait;
  }

  /** What a listing pass found in one shard. */
  record Findings(List<String> expired, List<String> corrupt, List<Path> staleTemps) {}

  int sweep(long now) {
    List<Path> shards;
    try {
      shards = layout.shards();
    } catch (IOException e) {
      throw new StoreException("Cannot list the file store's directory " + layout.base() + ": " + e, true, e);
    }
    int removed = 0;
    for (Path shard : shards) {
      Findings f;
      try {
        f = scan(shard, now);
      } catch (IOException | DirectoryIteratorException e) {
        LOG.log(Level.WARNING, "Expiry sweep could not list " + shard + "; skipped this time", e);
        continue;
      }
      for (String token : f.expired()) {
        if (removeIfExpired(token, now)) {
          removed++;
        }
      }
      for (String token : f.corrupt()) {
        quarantineIfUnreadable(token);
      }
      removeTemps(shard, f.staleTemps());
    }
    return removed;
  }

  /** The listing pass over one shard: header reads only, no locks, no changes. */
  Findings scan(Path shard, long now) throws IOException {
    List<String> expired = new ArrayList<>();
    List<String> corrupt = new ArrayList<>();
    List<Path> temps = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(shard)) {
      for (Path p : entries) {
        String name = p.getFileName().toString();
        try {
          if (AtomicFiles.isTemp(name)) {
            if (Files.getLastModifiedTime(p).toMillis() <= now - TEMP_MAX_AGE.toMillis()) {
              temps.add(p);
            }
            continue;
          }
          String token = StoreLayout.tokenOfSessionFile(name);
          if (token == null) {
            continue; // lock files, quarantined files, anything else
          }
          SessionHeader h = files.readHeader(p, token);
          if (h != null && h.goneAt(now)) {
            expired.add(token);
          }
        } catch (UnreadableSessionFileException e) {
          if (!e.newerFormat()) {
            corrupt.add(StoreLayout.tokenOfSessionFile(name));
          }
        } catch (NoSuchFileException e) {
          // removed since the listing
        } catch (IOException e) {
          LOG.warning("Expiry sweep could not read " + shard + "/" + redactedName(name) + ": " + IoReasons.of(e));
        }
      }
    }
    return new Findings(expired, corrupt, temps);
  }

  /** Deletes the session iff, under its lock, it is still expired and not leased. */
  boolean removeIfExpired(String token, long now) {
    Path file = layout.sessionFile(token);
    try (ShardLock lock = ShardLock.acquire(file.getParent(), lockWait)) {
      SessionHeader h = files.readHeader(file, token);
      if (h == null || !h.goneAt(now)) {
        return false;
      }
      Files.delete(file);
      return true;
    } catch (NoSuchFileException e) {
      return false;
    } catch (IOException e) {
      LOG.warning("Expiry sweep could not remove session " + SessionTokens.redact(token) + ": " + IoReasons.of(e));
      return false;
    } catch (StoreException e) {
      LOG.warning("Expiry sweep skipped session " + SessionTokens.redact(token) + ": " + e.getMessage());
      return false;
    }
  }

  /** Moves a damaged file aside iff, under its lock, it is still unreadable. */
  boolean quarantineIfUnreadable(String token) {
    Path file = layout.sessionFile(token);
    try (ShardLock lock = ShardLock.acquire(file.getParent(), lockWait)) {
      try {
        files.read(file, token);
        return false; // replaced by a good file since the listing
      } catch (UnreadableSessionFileException e) {
        if (e.newerFormat()) {
          return false;
        }
        Files.move(file, file.resolveSibling(file.getFileName() + StoreLayout.QUARANTINE_SUFFIX),
            StandardCopyOption.ATOMIC_MOVE); // replaces an older .corrupt file of the same session
        LOG.warning(e.getMessage() + " Moved it aside to <token>" + StoreLayout.SESSION_SUFFIX
            + StoreLayout.QUARANTINE_SUFFIX + ".");
        return true;
      }
    } catch (NoSuchFileException e) {
      return false;
    } catch (IOException e) {
      LOG.warning("Expiry sweep could not move aside the damaged file of session " + SessionTokens.redact(token)
          + ": " + IoReasons.of(e));
      return false;
    } catch (StoreException e) {
      LOG.warning("Expiry sweep skipped the damaged file of session " + SessionTokens.redact(token) + ": "
          + e.getMessage());
      return false;
    }
  }

  private void removeTemps(Path shard, List<Path> temps) {
    if (temps.isEmpty()) {
      return;
    }
    try (ShardLock lock = ShardLock.acquire(shard, lockWait)) {
      for (Path temp : temps) {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      LOG.warning("Expiry sweep could not remove leftover temp files in " + shard + ": " + IoReasons.of(e));
    } catch (StoreException e) {
      LOG.warning("Expiry sweep could not remove leftover temp files in " + shard + ": " + e.getMessage());
    }
  }

  /** A file name with its token shortened, for logs. */
  private static String redactedName(String name) {
    return name.length() > 22 ? SessionTokens.redact(name) + name.substring(22) : name;
  }
}
