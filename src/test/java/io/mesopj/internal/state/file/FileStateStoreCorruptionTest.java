package io.mesopj.internal.state.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mesopj.internal.state.AcquireResult;
import io.mesopj.internal.state.Lease;
import io.mesopj.internal.state.ManualClock;
import io.mesopj.internal.state.SessionTokens;
import io.mesopj.internal.state.StoreException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged and foreign files give a clear, non-retryable error naming the session (redacted),
 * and the sweep moves them aside without stopping. Files from a newer format are left alone.
 */
class FileStateStoreCorruptionTest {
  private static final Duration LEASE = Duration.ofSeconds(30);
  private static final Duration TTL = Duration.ofMinutes(10);

  @TempDir
  Path dir;

  private final ManualClock clock = new ManualClock();
  private final SecureRandom random = new SecureRandom();

  /** A session whose file {@code damage} then rewrites; returns its token. */
  private String damaged(FileStateStore store, UnaryOperator<byte[]> damage) throws IOException {
    String token = SessionTokens.newToken(random);
    byte[] payload = new byte[100];
    new Random(1).nextBytes(payload);
    store.create(token, payload, clock.instant().plus(TTL));
    Path file = store.layout().sessionFile(token);
    Files.write(file, damage.apply(Files.readAllBytes(file)));
    return token;
  }

  private static byte[] flip(byte[] b, int at) {
    b[at] ^= 0x10;
    return b;
  }

  private StoreException unreadable(FileStateStore store, String token, String problem) {
    StoreException e = assertThrows(StoreException.class, () -> store.tryAcquire(token, LEASE));
    assertFalse(e.retryable(), "reading a damaged file again gives the same answer");
    assertTrue(e.getMessage().contains("session " + SessionTokens.redact(token)), e.getMessage());
    assertFalse(e.getMessage().contains(token), "the full token stays out of messages");
    assertTrue(e.getMessage().contains(problem), e.getMessage());
    return e;
  }

  @Test
  void eachKindOfDamageIsNamed() throws IOException {
    FileStateStore store = new FileStateStore(dir, clock);
    unreadable(store, damaged(store, b -> Arrays.copyOf(b, b.length - 7)), "truncated");
    unreadable(store, damaged(store, b -> Arrays.copyOf(b, 30)), "ends inside its header");
    unreadable(store, damaged(store, b -> Arrays.copyOf(b, 0)), "empty");
    unreadable(store, damaged(store, b -> Arrays.copyOf(b, b.length + 3)), "trailing bytes");
    unreadable(store, damaged(store, b -> flip(b, b.length - 1)), "payload checksum");
    unreadable(store, damaged(store, b -> flip(b, 12)), "header checksum"); // inside the fence
    unreadable(store, damaged(store, b -> flip(b, 42)), "header checksum"); // inside the payload length
    unreadable(store, damaged(store, b -> {
      byte[] garbage = new byte[b.length];
      new Random(3).nextBytes(garbage);
      return garbage;
    }), "magic");
    unreadable(store, damaged(store, b -> "{\"not\": \"ours\"}".getBytes()), "magic");
  }

  @Test
  void everyOperationReportsTheDamage() throws IOException {
    FileStateStore store = new FileStateStore(dir, clock);
    String token = SessionTokens.newToken(random);
    store.create(token, new byte[] {1, 2, 3}, clock.instant().plus(TTL));
    Lease lease = store.tryAcquire(token, LEASE).lease();
    Path file = store.layout().sessionFile(token);
    Files.write(file, flip(Files.readAllBytes(file), 50)); // the header's own checksum
    assertThrows(StoreException.class, () -> store.renew(lease, LEASE));
    assertThrows(StoreException.class, () -> store.release(lease));
    StoreException e = assertThrows(StoreException.class,
        () -> store.commit(lease, new byte[] {9}, clock.instant().plus(TTL)));
    assertFalse(e.retryable());
    store.delete(token); // deleting needs no reading
    assertEquals(AcquireResult.Status.MISSING, store.tryAcquire(token, LEASE).status());
  }

  @Test
  void damagedPayloadIsNeverRewrittenWithAFreshChecksum() throws IOException {
    FileStateStore store = new FileStateStore(dir, clock);
    String token = SessionTokens.newToken(random);
    store.create(token, new byte[] {1, 2, 3}, clock.instant().plus(TTL));
    Lease lease = store.tryAcquire(token, LEASE).lease();
    Path file = store.layout().sessionFile(token);
    Files.write(file, flip(Files.readAllBytes(file), SessionFileFormat.HEADER_BYTES + 1));
    assertThrows(StoreException.class, () -> store.renew(lease, LEASE), "renew rewrites the file: it must check");
    clock.advance(LEASE.plusSeconds(1)); // the damaged lease runs out; the next grant reads the payload
    unreadable(store, token, "payload checksum");
  }

  @Test
  void theSweepMovesDamagedFilesAsideAndCarriesOn() throws IOException {
    FileStateStore store = new FileStateStore(dir, clock);
    String truncated = damaged(store, b -> Arrays.copyOf(b, b.length - 1));
    String garbage = damaged(store, b -> new byte[] {7, 7, 7});
    String expired = SessionTokens.newToken(random);
    store.create(expired, new byte[] {1}, clock.instant().plus(Duration.ofMinutes(1)));
    String live = SessionTokens.newToken(random);
    store.create(live, new byte[] {2}, clock.instant().plus(Duration.ofHours(1)));
    clock.advance(Duration.ofMinutes(2));

    assertEquals(1, store.sweepExpired(clock.instant()), "the expired session still goes; damaged ones are not counted");
    for (String t : new String[] {truncated, garbage}) {
      Path file = store.layout().sessionFile(t);
      assertFalse(Files.exists(file));
      assertTrue(Files.exists(file.resolveSibling(file.getFileName() + ".corrupt")), "kept for inspection");
      assertEquals(AcquireResult.Status.MISSING, store.tryAcquire(t, LEASE).status(),
          "the user is told to reload instead of getting an error on every event");
    }
    assertEquals(AcquireResult.Status.MISSING, store.tryAcquire(expired, LEASE).status());
    assertEquals(AcquireResult.Status.GRANTED, store.tryAcquire(live, LEASE).status());
    assertEquals(0, store.sweepExpired(clock.instant()), "quarantined files are not looked at again");
  }

  @Test
  void aNewerFormatIsReportedAndLeftAlone() throws IOException {
    FileStateStore store = new FileStateStore(dir, clock);
    String token = damaged(store, b -> {
      ByteBuffer.wrap(b).putShort(4, (short) 2);
      return b;
    });
    StoreException e = unreadable(store, token, "format version 2");
    assertTrue(e.getMessage().contains("same mesopj version"), e.getMessage());
    clock.advance(Duration.ofDays(1));
    assertEquals(0, store.sweepExpired(clock.instant()));
    assertTrue(Files.exists(store.layout().sessionFile(token)), "a newer node's session is not ours to judge");
  }
}
