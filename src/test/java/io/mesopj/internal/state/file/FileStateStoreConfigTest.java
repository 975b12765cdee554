package io.mesopj.internal.state.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mesopj.internal.config.ConfigException;
import io.mesopj.internal.config.MesopConfig;
import io.mesopj.internal.state.AcquireResult;
import io.mesopj.internal.state.ManualClock;
import io.mesopj.internal.state.SessionTokens;
import io.mesopj.internal.state.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A base directory that cannot work is a start-up failure naming the setting, its value and the problem. */
class FileStateStoreConfigTest {
  private static final String SETTING = "MESOP_STATE_SESSION_BACKEND_FILE_BASE_DIR";

  @TempDir
  Path app;

  private MesopConfig config(String baseDir) {
    return MesopConfig.of(Map.of("MESOP_APP_BASE_PATH", app.toString(), "MESOP_STATE_SESSION_BACKEND", "file",
        SETTING, baseDir));
  }

  private ConfigException startUpFails(String baseDir, String problem) {
    ConfigException e = assertThrows(ConfigException.class,
        () -> FileStateStore.fromConfig(config(baseDir), new ManualClock()));
    assertTrue(e.getMessage().startsWith(SETTING + "='" + baseDir + "'"), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
    return e;
  }

  @Test
  void aMissingDirectory() {
    startUpFails(app.resolve("nope").toString(), "does not exist");
  }

  @Test
  void aFileInsteadOfADirectory() throws IOException {
    Path file = Files.writeString(app.resolve("sessions"), "x");
    startUpFails(file.toString(), "is not a directory");
  }

  @Test
  void anUnwritableDirectory() throws Exception {
    // As root permission bits do not stop writes; the immutable attribute does (ext2/3/4, xfs, btrfs).
    Path dir = Files.createDirectory(app.resolve("frozen"));
    Assumptions.assumeTrue(run("chattr", "+i", dir.toString()), "chattr +i is not available here");
    try {
      ConfigException e = startUpFails(dir.toString(), "is not writable");
      assertTrue(e.getMessage().contains("creating a file in it failed"), e.getMessage());
    } finally {
      run("chattr", "-i", dir.toString());
    }
  }

  @Test
  void aRelativePathIsResolvedAgainstTheAppBasePath() throws IOException {
    Files.createDirectory(app.resolve("sessions"));
    FileStateStore store = FileStateStore.fromConfig(config("sessions"), new ManualClock());
    String token = SessionTokens.newToken(new SecureRandom());
    store.create(token, new byte[] {1}, new ManualClock().instant().plus(Duration.ofMinutes(1)));
    assertTrue(Files.exists(app.resolve("sessions").resolve(token.substring(0, 2)).resolve(token + ".session")));
    startUpFails("elsewhere", "resolved to " + app.resolve("elsewhere"));
  }

  @Test
  void readinessFailsRetryablyWhenTheDirectoryGoes() throws IOException {
    Path dir = Files.createDirectory(app.resolve("sessions"));
    FileStateStore store = FileStateStore.fromConfig(config(dir.toString()), new ManualClock());
    store.checkReady();
    assertEquals(AcquireResult.Status.MISSING, store.tryAcquire(SessionTokens.newToken(new SecureRandom()),
        Duration.ofSeconds(30)).status());
    Files.delete(dir);
    StoreException e = assertThrows(StoreException.class, store::checkReady);
    assertTrue(e.retryable());
    assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
  }

  private static boolean run(String... cmd) {
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
