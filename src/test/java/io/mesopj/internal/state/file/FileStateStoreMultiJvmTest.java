package io.mesopj.internal.state.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mesopj.internal.state.AcquireResult;
import io.mesopj.internal.state.Lease;
import io.mesopj.internal.state.SessionTokens;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several JVMs, and stores in separate class loaders of this JVM, on one directory: the file
 * lock must serialise all of them, and a JVM killed mid-write must leave a readable session.
 */
class FileStateStoreMultiJvmTest {
  private static final int CHILD_JVMS = 3;
  private static final int THREADS_PER_CHILD = 2;
  private static final int INCREMENTS = 40;

  @TempDir
  Path dir;

  @TempDir
  Path logs;

  private final List<Process> children = new ArrayList<>();

  @AfterEach
  void killChildren() {
    children.forEach(Process::destroyForcibly);
  }

  @Test
  void countersInOtherJvmsAndClassLoadersLoseNoIncrement() throws Exception {
    FileStateStore store = new FileStateStore(dir, Clock.systemUTC());
    String token = SessionTokens.newToken(new SecureRandom());
    store.create(token, ByteBuffer.allocate(8).putLong(0).array(), Instant.now().plus(FileStoreWorker.TTL));
    Path go = logs.resolve("go");
    for (int i = 0; i < CHILD_JVMS; i++) {
      children.add(startWorker("count-" + i, "count", dir.toString(), token, String.valueOf(INCREMENTS),
          String.valueOf(THREADS_PER_CHILD), go.toString()));
    }
    for (int i = 0; i < CHILD_JVMS; i++) {
      awaitReady("count-" + i);
    }
    ExecutorService local = Executors.newFixedThreadPool(2);
    try (URLClassLoader isolated = new URLClassLoader(classPath(), ClassLoader.getPlatformClassLoader())) {
      Class<?> otherWorker = Class.forName(FileStoreWorker.class.getName(), true, isolated);
      assertNotSame(FileStoreWorker.class, otherWorker, "a second copy of the store's classes");
      Method otherCount = otherWorker.getMethod("count", Path.class, String.class, int.class, int.class);
      Files.createFile(go);
      Future<?> here = local.submit(() -> {
        FileStoreWorker.count(dir, token, INCREMENTS, 1);
        return null;
      });
      Future<?> there = local.submit(() -> otherCount.invoke(null, dir, token, INCREMENTS, 1));
      here.get(60, TimeUnit.SECONDS);
      there.get(60, TimeUnit.SECONDS);
    } finally {
      local.shutdownNow();
    }
    for (int i = 0; i < CHILD_JVMS; i++) {
      Process p = children.get(i);
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child JVM " + i + " finished");
      assertEquals(0, p.exitValue(), "child JVM " + i + " failed:\n" + log("count-" + i));
    }
    Lease lease = store.tryAcquire(token, FileStoreWorker.LEASE).lease();
    assertEquals((CHILD_JVMS * THREADS_PER_CHILD + 2) * INCREMENTS, ByteBuffer.wrap(lease.record()).getLong());
  }

  @Test
  void aJvmKilledWhileWritingLeavesTheLastCommittedState() throws Exception {
    FileStateStore setup = new FileStateStore(dir, Clock.systemUTC());
    String token = SessionTokens.newToken(new SecureRandom());
    setup.create(token, new byte[8], Instant.now().plus(FileStoreWorker.TTL));
    int bytes = 256 << 10; // big enough that the kill usually lands inside a write
    Process churn = startWorker("churn", "churn", dir.toString(), token, String.valueOf(bytes));
    children.add(churn);
    awaitReady("churn");
    Path file = setup.layout().sessionFile(token);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (fence(file, token) < 30 && System.nanoTime() < deadline) {
      Thread.sleep(2);
    }
    churn.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    assertTrue(fence(file, token) >= 30, "the worker committed for a while:\n" + log("churn"));

    // The killed JVM may have died holding the lease: look from a clock past its lease.
    Clock later = Clock.offset(Clock.systemUTC(), FileStoreWorker.LEASE.plusSeconds(1));
    FileStateStore after = new FileStateStore(dir, later);
    AcquireResult r = after.tryAcquire(token, FileStoreWorker.LEASE);
    assertEquals(AcquireResult.Status.GRANTED, r.status());
    byte[] record = r.lease().record();
    assertEquals(bytes, record.length, "a whole committed record, not a torn one");
    long n = ByteBuffer.wrap(record).getLong();
    assertTrue(n > 0);
    for (int i = 8; i < record.length; i++) {
      assertEquals((byte) n, record[i], "every byte from the same commit");
    }
    after.release(r.lease());
    after.sweepExpired(later.instant().plus(ExpirySweep.TEMP_MAX_AGE).plusSeconds(60));
    try (Stream<Path> left = Files.list(file.getParent())) {
      assertEquals(List.of(), left.map(p -> p.getFileName().toString()).filter(AtomicFiles::isTemp).toList(),
          "the sweep removed any temp file the kill left behind");
    }
    assertEquals(AcquireResult.Status.GRANTED, after.tryAcquire(token, FileStoreWorker.LEASE).status());
  }

  private static long fence(Path file, String token) throws IOException {
    return new SessionFiles().readHeader(file, token).fence();
  }

  private Process startWorker(String name, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx64m", "-cp", System.getProperty("java.class.path"),
        FileStoreWorker.class.getName()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logs.resolve(name + ".log").toFile())
        .start();
  }

  private void awaitReady(String name) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!log(name).contains("ready")) {
      assertTrue(System.nanoTime() < deadline, name + " did not start:\n" + log(name));
      Thread.sleep(10);
    }
  }

  private String log(String name) throws IOException {
    Path p = logs.resolve(name + ".log");
    return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
  }

  private static URL[] classPath() throws IOException {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      urls.add(Paths.get(entry).toUri().toURL());
    }
    return urls.toArray(new URL[0]);
  }
}
