package io.mesopj.internal.state.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces files so that no reader ever sees a partial file and a crash at any point leaves
 * either the old or the new content: write a temp file in the same directory, fsync it, rename
 * it over the target (atomic within one file system), then fsync the directory so the rename
 * itself survives a power cut. Without the fsyncs a crash could leave an empty file, or a fence
 * that went backwards, which would break fencing.
 */
final class AtomicFiles {
  static final String TEMP_SUFFIX = ".tmp";

  // Some platforms cannot fsync a directory; after the first failure we stop trying.
  private volatile boolean syncDirectories = true;

  /** Atomically replaces (or creates) {@code target} with the concatenation of {@code parts}. */
  void replace(Path target, ByteBuffer... parts) throws IOException {
    Path dir = target.getParent();
    Path temp = dir.resolve(target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
        + TEMP_SUFFIX);
    try {
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        long left = 0;
        for (ByteBuffer p : parts) {
          left += p.remaining();
        }
        while (left > 0) {
          left -= ch.write(parts);
        }
        ch.force(false);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      deleteQuietly(temp);
      throw e;
    }
    syncDirectory(dir);
  }

  void syncDirectory(Path dir) throws IOException {
    if (!syncDirectories) {
      return;
    }
    FileChannel ch;
    try {
      ch = FileChannel.open(dir, StandardOpenOption.READ);
    } catch (IOException | UnsupportedOperationException e) {
      syncDirectories = false; // e.g. Windows cannot open a directory as a channel
      return;
    }
    try (ch) {
      ch.force(true);
    }
  }

  static boolean isTemp(String fileName) {
    return fileName.endsWith(TEMP_SUFFIX);
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // the sweep removes leftover temp files later
    }
  }
}
