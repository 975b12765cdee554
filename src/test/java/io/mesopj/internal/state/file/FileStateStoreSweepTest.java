package io.mesopj.internal.state.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mesopj.internal.state.AcquireResult;
import io.mesopj.internal.state.Lease;
import io.mesopj.internal.state.ManualClock;
import io.mesopj.internal.state.SessionTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sweep removes only sessions that are expired and unleased when it finally acts, and the
 * temp files that crashed writers leave behind; a leftover temp file never affects reads.
 */
class FileStateStoreSweepTest {
  private static final Duration LEASE = Duration.ofSeconds(30);

  @TempDir
  Path dir;

  private final SecureRandom random = new SecureRandom();

  private String session(FileStateStore store, Instant expiresAt, byte... bytes) {
    String token = SessionTokens.newToken(random);
    store.create(token, bytes, expiresAt);
    return token;
  }

  @Test
  void keepsLeasedAndLiveSessions() {
    ManualClock clock = new ManualClock();
    FileStateStore store = new FileStateStore(dir, clock);
    Instant start = clock.instant();
    String expired = session(store, start.plus(Duration.ofMinutes(1)), (byte) 1);
    String live = session(store, start.plus(Duration.ofMinutes(30)), (byte) 2);
    String leased = session(store, start.plus(Duration.ofMinutes(1)), (byte) 3);
    Lease held = store.tryAcquire(leased, Duration.ofMinutes(10)).lease();
    clock.advance(Duration.ofMinutes(2));
    assertEquals(1, store.sweepExpired(clock.instant()));
    assertFalse(Files.exists(store.layout().sessionFile(expired)));
    assertTrue(Files.exists(store.layout().sessionFile(live)));
    assertTrue(Files.exists(store.layout().sessionFile(leased)));
    store.commit(held, new byte[] {4}, clock.instant().plus(Duration.ofMinutes(10)));
    assertEquals(0, store.sweepExpired(clock.instant()));
  }

  @Test
  void aSessionExtendedByAnotherNodeAfterTheListingIsKept() {
    ManualClock sweeperClock = new ManualClock();
    ManualClock otherClock = new ManualClock(); // the other node serves a request that came in in time
    FileStateStore sweeper = new FileStateStore(dir, sweeperClock);
    FileStateStore other = new FileStateStore(dir, otherClock);
    Instant start = sweeperClock.instant();
    String token = session(sweeper, start.plus(Duration.ofMinutes(1)), (byte) 1);
    sweeperClock.advance(Duration.ofMinutes(2));
    otherClock.advance(Duration.ofSeconds(50));
    long now = sweeperClock.millis();

    ExpirySweep.Findings found = scan(sweeper, token, now);
    assertEquals(List.of(token), found.expired(), "the listing pass sees it expired");
    Lease lease = other.tryAcquire(token, LEASE).lease();
    other.commit(lease, new byte[] {2}, otherClock.instant().plus(Duration.ofMinutes(10)));
    assertFalse(sweeper.sweep().removeIfExpired(token, now), "re-checked under the lock before deleting");
    assertArrayEquals(new byte[] {2}, other.tryAcquire(token, LEASE).lease().record());
  }

  @Test
  void aSessionLeasedByAnotherNodeAfterTheListingIsKept() {
    ManualClock sweeperClock = new ManualClock();
    ManualClock otherClock = new ManualClock();
    FileStateStore sweeper = new FileStateStore(dir, sweeperClock);
    FileStateStore other = new FileStateStore(dir, otherClock);
    String token = session(sweeper, sweeperClock.instant().plus(Duration.ofMinutes(1)), (byte) 1);
    sweeperClock.advance(Duration.ofMinutes(2));
    otherClock.advance(Duration.ofSeconds(50));
    long now = sweeperClock.millis();

    assertEquals(List.of(token), scan(sweeper, token, now).expired());
    Lease lease = other.tryAcquire(token, Duration.ofMinutes(10)).lease(); // a long handler starts
    assertFalse(sweeper.sweep().removeIfExpired(token, now), "leased at the sweep's now");
    other.commit(lease, new byte[] {3}, otherClock.instant().plus(Duration.ofMinutes(10)));
    assertTrue(Files.exists(sweeper.layout().sessionFile(token)));
  }

  private static ExpirySweep.Findings scan(FileStateStore store, String token, long now) {
    try {
      return store.sweep().scan(store.layout().sessionFile(token).getParent(), now);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aLeftoverTempFileDoesNotAffectReadsAndGoesAfterItsAgeLimit() throws IOException {
    ManualClock clock = new ManualClock();
    FileStateStore store = new FileStateStore(dir, clock);
    String token = session(store, clock.instant().plus(Duration.ofHours(1)), (byte) 5, (byte) 6);
    Path file = store.layout().sessionFile(token);
    // What a writer that crashed before its rename leaves: a partial file next to the real one.
    Path temp = file.resolveSibling(file.getFileName() + ".1f2e3d4c5b6a7988.tmp");
    Files.write(temp, new byte[] {'M', 'J', 'S', 'F', 0, 1, 0, 52, 9, 9, 9});
    Files.setLastModifiedTime(temp, FileTime.from(clock.instant().minus(Duration.ofMinutes(1))));

    Lease lease = store.tryAcquire(token, LEASE).lease();
    assertArrayEquals(new byte[] {5, 6}, lease.record(), "the previous state, untouched");
    store.commit(lease, new byte[] {7}, clock.instant().plus(Duration.ofHours(1)));
    assertEquals(0, store.sweepExpired(clock.instant()));
    assertTrue(Files.exists(temp), "younger than the age limit: kept");

    clock.advance(ExpirySweep.TEMP_MAX_AGE);
    assertEquals(0, store.sweepExpired(clock.instant()), "temp files are not sessions");
    assertFalse(Files.exists(temp), "older than the age limit: removed");
    assertArrayEquals(new byte[] {7}, store.tryAcquire(token, LEASE).lease().record());
    try (Stream<Path> left = Files.list(file.getParent())) {
      assertEquals(List.of(".jvm.lock", ".lock", token + ".session"),
          left.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void unknownTokensLeaveNoFilesBehind() throws IOException {
    FileStateStore store = new FileStateStore(dir, new ManualClock());
    for (int i = 0; i < 20; i++) {
      String token = SessionTokens.newToken(random);
      assertEquals(AcquireResult.Status.MISSING, store.tryAcquire(token, LEASE).status());
      store.delete(token);
      store.release(new Lease(token, 1, new byte[0]));
    }
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(0, left.count(), "probing random tokens must not fill the disk");
    }
  }

  @Test
  void otherEntriesOfTheBaseDirectoryAreIgnored() throws IOException {
    ManualClock clock = new ManualClock();
    FileStateStore store = new FileStateStore(dir, clock);
    Files.writeString(dir.resolve("README"), "not a shard");
    Files.createDirectories(dir.resolve("backups"));
    Files.writeString(dir.resolve("backups/x.session"), "not ours");
    Files.createDirectories(dir.resolve("ab"));
    Files.writeString(dir.resolve("ab/notes.txt"), "not a session file");
    clock.advance(Duration.ofDays(30));
    assertEquals(0, store.sweepExpired(clock.instant()));
    assertTrue(Files.exists(dir.resolve("README")));
    assertTrue(Files.exists(dir.resolve("backups/x.session")));
    assertTrue(Files.exists(dir.resolve("ab/notes.txt")));
  }
}
