package io.mesopj.internal.state.file;

import io.mesopj.internal.state.StoreException;
import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * Exclusive right to read-modify-write the session files of one shard directory, across
 * threads, store instances (also in other class loaders) and JVMs. Held for one short step,
 * never while a handler runs.
 *
 * <p>Why two lock files: OS file locks ({@code fcntl}) belong to the process, and closing
 * <em>any</em> descriptor of a file drops all of the process's locks on it. So if two threads
 * of one JVM each opened {@code .lock}, the loser (whose tryLock throws
 * OverlappingFileLockException) would, by closing its channel, silently hand the winner's lock
 * to another JVM. Hence:
 * <ol>
 *   <li>{@code .jvm.lock} orders the threads of this JVM. Its lock is a <em>shared</em> one: it
 *       never conflicts with other processes, and inside the JVM the JDK's JVM-wide lock table
 *       (not ours, and shared by all class loaders) refuses a second overlapping lock with
 *       OverlappingFileLockException, which we treat as "held, try again shortly". Closing a
 *       loser's channel here only drops shared OS locks nobody relies on.</li>
 *   <li>{@code .lock} orders the JVMs: only the thread holding the first lock ever opens it in
 *       this JVM, so no descriptor of it is ever closed under another holder's feet. (So nothing
 *       else in a JVM that uses the store may open {@code .lock} files, not even to read them.)</li>
 * </ol>
 * Both files are created on first use and never deleted, so a lock can never sit on an unlinked
 * file while a newcomer locks a fresh one. Waits use tryLock with short, growing pauses, bounded
 * by {@code maxWait}; the OS drops both locks if the process dies.
 */
final class ShardLock implements AutoCloseable {
  static final String JVM_LOCK_FILE = ".jvm.lock";
  static final String PROCESS_LOCK_FILE = ".lock";
  private static final long FIRST_PAUSE_NANOS = 20_000;
  private static final long MAX_PAUSE_NANOS = 2_000_000;

  private final FileChannel jvmChannel;
  private final FileChannel processChannel;

  private ShardLock(FileChannel jvmChannel, FileChannel processChannel) {
    this.jvmChannel = jvmChannel;
    this.processChannel = processChannel;
  }

  /** Takes both locks of {@code shard} (which must exist), waiting at most {@code maxWait}. */
  static ShardLock acquire(Path shard, Duration maxWait) {
    // Wall time via nanoTime, not the store's clock: this bounds a real wait and must move
    // even when tests freeze the clock.
    long deadline = System.nanoTime() + maxWait.toNanos();
    FileChannel jvm = null;
    FileChannel process = null;
    try {
      jvm = FileChannel.open(shard.resolve(JVM_LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      lock(jvm, true, shard, deadline);
      process = FileChannel.open(shard.resolve(PROCESS_LOCK_FILE), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE);
      lock(process, false, shard, deadline);
      return new ShardLock(jvm, process);
    } catch (IOException | RuntimeException e) {
      closeQuietly(process); // releases its lock, if taken
      closeQuietly(jvm);
      if (e instanceof StoreException) {
        throw (StoreException) e;
      }
      if (e instanceof ClosedByInterruptException) {
        throw new StoreException("Interrupted while waiting for the file store's lock of " + shard, true, e);
      }
      if (e instanceof IOException) {
        throw new StoreException("Could not lock " + shard + " of the file store: " + e, true, e);
      }
      throw (RuntimeException) e;
    }
  }

  private static void lock(FileChannel ch, boolean shared, Path shard, long deadline) throws IOException {
    long pause = FIRST_PAUSE_NANOS;
    while (true) {
      FileLock lock;
      try {
        lock = ch.tryLock(0, Long.MAX_VALUE, shared);
      } catch (OverlappingFileLockException e) {
        lock = null; // another thread or store of this JVM holds it
      }
      if (lock != null) {
        return;
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new StoreException("Timed out waiting for the file store's lock of " + shard
            + " (another thread or process held it too long)", true);
      }
      LockSupport.parkNanos(Math.min(left, pause / 2 + ThreadLocalRandom.current().nextLong(pause)));
      if (Thread.interrupted()) {
        Thread.currentThread().interrupt();
        throw new StoreException("Interrupted while waiting for the file store's lock of " + shard, true);
      }
      pause = Math.min(MAX_PAUSE_NANOS, pause * 2);
    }
  }

  /** Releases both locks: closing a channel releases the lock taken through it. */
  @Override
  public void close() {
    closeQuietly(processChannel); // the order matters: no descriptor of .lock outlives our turn
    closeQuietly(jvmChannel);
  }

  private static void closeQuietly(FileChannel ch) {
    if (ch != null) {
      try {
        ch.close();
      } catch (IOException ignored) {
        // closing a lock file cannot lose data
      }
    }
  }
}
