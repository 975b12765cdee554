package io.mesopj.internal.state.firestore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.cloud.Timestamp;
import com.google.cloud.firestore.Blob;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.QueryDocumentSnapshot;
import io.mesopj.internal.state.AcquireResult;
import io.mesopj.internal.state.FencedOffException;
import io.mesopj.internal.state.Lease;
import io.mesopj.internal.state.ManualClock;
import io.mesopj.internal.state.SessionTokens;
import io.mesopj.internal.state.StoreException;
import io.mesopj.testsupport.FirestoreEmulator;
import io.mesopj.testsupport.SharedFirestoreEmulator;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the firestore store does beyond the contract: its documents, parts, expiry fields, sweep. */
@ExtendWith(SharedFirestoreEmulator.class)
class FirestoreStateStoreTest {
  private static final String COLLECTION = "sessions_under_test";
  private static final Duration LEASE = Duration.ofSeconds(30);
  private static final Duration TTL = Duration.ofMinutes(10);
  private static final int MIB = 1 << 20;

  private final ManualClock clock = new ManualClock();
  private final SecureRandom random = new SecureRandom();
  private final List<AutoCloseable> opened = new ArrayList<>();
  private FirestoreEmulator emulator;
  private Firestore raw;

  @BeforeEach
  void setUp(FirestoreEmulator emulator) {
    this.emulator = emulator;
    emulator.clear();
    raw = FirestoreConnections.emulator(emulator.hostPort(), emulator.projectId()).getService();
    opened.add(raw);
  }

  @AfterEach
  void tearDown() throws Exception {
    for (AutoCloseable c : opened) {
      c.close();
    }
  }

  private FirestoreStateStore node() {
    FirestoreStateStore store = FirestoreStateStore.open(
        FirestoreConnections.emulator(emulator.hostPort(), emulator.projectId()), COLLECTION, clock);
    opened.add(store);
    return store;
  }

  private Instant in(Duration d) {
    return clock.instant().plus(d);
  }

  private static byte[] bytes(int n, int seed) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  private List<QueryDocumentSnapshot> documents() throws Exception {
    return raw.collection(COLLECTION).get().get().getDocuments();
  }

  private DocumentSnapshot header(String token) throws Exception {
    return raw.collection(COLLECTION).document(token).get().get();
  }

  private static long millis(Timestamp t) {
    return SessionDocuments.millis(t);
  }

  @Test
  void aSmallSessionIsOneDocumentWithTimestampExpiryForTtlPolicies() throws Exception {
    FirestoreStateStore store = node();
    String t = SessionTokens.newToken(random);
    store.create(t, new byte[] {1, 2, 3}, in(TTL));
    assertEquals(List.of(t), documents().stream().map(DocumentSnapshot::getId).collect(Collectors.toList()));
    DocumentSnapshot doc = header(t);
    assertInstanceOf(Timestamp.class, doc.get("expiresAt"), "a TTL policy needs a Timestamp field");
    assertEquals(in(TTL).toEpochMilli(), millis(doc.getTimestamp("expiresAt")));
    assertEquals(clock.millis(), millis(doc.getTimestamp("createdAt")));
    assertInstanceOf(Blob.class, doc.get("data"));
    assertArrayEquals(new byte[] {1, 2, 3}, doc.getBlob("data").toBytes());
    assertEquals(0L, doc.getLong("fence"));
    assertEquals(0L, doc.getLong("leaseUntil"));
    assertEquals(TTL.toMillis(), doc.getLong("ttlMillis"));
  }

  @Test
  void anAcquirePushesExpiryOutAndCoversTheLease() throws Exception {
    FirestoreStateStore store = node();
    String t = SessionTokens.newToken(random);
    store.create(t, new byte[] {1}, in(TTL));
    clock.advance(Duration.ofMinutes(4));
    Lease lease = store.tryAcquire(t, LEASE).lease();
    DocumentSnapshot doc = header(t);
    assertEquals(in(TTL).toEpochMilli(), millis(doc.getTimestamp("expiresAt")), "TTL counts from last use");
    assertEquals(in(LEASE).toEpochMilli(), doc.getLong("leaseUntil"));
    assertEquals(lease.fence(), doc.getLong("fence"));
    store.release(lease);

    Duration longLease = Duration.ofMinutes(30);
    Lease slow = store.tryAcquire(t, longLease).lease();
    assertEquals(in(longLease).toEpochMilli(), millis(header(t).getTimestamp("expiresAt")),
        "a TTL policy must not delete a session while its handler runs");
    clock.advance(Duration.ofMinutes(25));
    assertTrue(store.renew(slow, longLease));
    assertEquals(in(longLease).toEpochMilli(), millis(header(t).getTimestamp("expiresAt")));
  }

  @Test
  void largeRecordsArePartsThatShrinkAndGrowWithTheRecord() throws Exception {
    FirestoreStateStore store = node();
    FirestoreStateStore other = node();
    String t = SessionTokens.newToken(random);
    byte[] big = bytes(4 * MIB, 1);
    store.create(t, big, in(TTL));
    assertEquals(5, documents().size(), "4 MiB: the header and four parts of under 1 MiB");
    DocumentSnapshot head = header(t);
    long headerExpiry = millis(head.getTimestamp("expiresAt"));
    for (QueryDocumentSnapshot part : documents()) {
      assertTrue(part.getId().startsWith(t), part.getId());
      assertInstanceOf(Timestamp.class, part.get("expiresAt"));
      assertTrue(millis(part.getTimestamp("expiresAt")) >= headerExpiry, "parts outlive their header");
    }
    Lease lease = other.tryAcquire(t, LEASE).lease();
    assertArrayEquals(big, lease.record());

    byte[] smaller = bytes(1_500_000, 2);
    other.commit(lease, smaller, in(TTL));
    assertEquals(2, documents().size(), "surplus parts are deleted");
    lease = store.tryAcquire(t, LEASE).lease();
    assertArrayEquals(smaller, lease.record());

    store.commit(lease, new byte[] {7}, in(TTL));
    assertEquals(1, documents().size(), "a small record is one document again");
    assertNull(header(t).get("generation"));
    assertNull(header(t).get("partsExpireAt"));
    lease = other.tryAcquire(t, LEASE).lease();
    assertArrayEquals(new byte[] {7}, lease.record());

    byte[] again = bytes(3 * MIB, 3);
    other.commit(lease, again, in(TTL));
    assertEquals(4, documents().size());
    assertArrayEquals(again, store.tryAcquire(t, LEASE).lease().record());
  }

  @Test
  void aFencedOffLargeCommitLeavesNoPartsAndChangesNothing() throws Exception {
    FirestoreStateStore a = node();
    FirestoreStateStore b = node();
    String t = SessionTokens.newToken(random);
    a.create(t, new byte[] {1}, in(TTL));
    Lease stalled = a.tryAcquire(t, LEASE).lease();
    clock.advance(LEASE.plusSeconds(1));
    Lease fresh = b.tryAcquire(t, LEASE).lease();
    assertThrows(FencedOffException.class, () -> a.commit(stalled, bytes(2 * MIB, 4), in(TTL)));
    assertEquals(1, documents().size(), "the fenced-off commit's parts are removed");
    b.commit(fresh, new byte[] {2}, in(TTL));
    assertArrayEquals(new byte[] {2}, a.tryAcquire(t, LEASE).lease().record());
  }

  @Test
  void partsExpiryMovesOutWithUseButNotOnEveryAcquire() throws Exception {
    FirestoreStateStore store = node();
    String t = SessionTokens.newToken(random);
    store.create(t, bytes(MIB + 10, 5), in(TTL));
    String part = documents().stream().map(DocumentSnapshot::getId).filter(id -> !id.equals(t)).findFirst()
        .orElseThrow();
    long partExpiry = millis(raw.collection(COLLECTION).document(part).get().get().getTimestamp("expiresAt"));
    clock.advance(Duration.ofMinutes(1));
    store.release(store.tryAcquire(t, LEASE).lease());
    assertEquals(partExpiry, millis(raw.collection(COLLECTION).document(part).get().get().getTimestamp("expiresAt")),
        "still ahead of the header: not rewritten");
    for (int i = 0; i < 3; i++) {
      clock.advance(Duration.ofMinutes(8));
      store.release(store.tryAcquire(t, LEASE).lease());
      long header = millis(header(t).getTimestamp("expiresAt"));
      long now = millis(raw.collection(COLLECTION).document(part).get().get().getTimestamp("expiresAt"));
      assertTrue(now >= header, "parts never expire before their header");
    }
  }

  @Test
  void theSweepRemovesExpiredSessionsWithTheirPartsAndOrphans() throws Exception {
    FirestoreStateStore store = node();
    String old = SessionTokens.newToken(random);
    String live = SessionTokens.newToken(random);
    store.create(old, bytes(2 * MIB, 6), in(Duration.ofMinutes(1)));
    store.create(live, bytes(2 * MIB, 7), in(Duration.ofMinutes(30)));
    // Parts a crashed writer left behind: no header refers to them.
    String orphan = SessionTokens.newToken(random);
    raw.collection(COLLECTION).document(orphan + "~gone~1").set(SessionDocuments.partDocument(orphan, "gone",
        bytes(RecordParts.PART_BYTES + 10, 8), 1, in(Duration.ofMinutes(1)).toEpochMilli())).get();
    raw.collection(COLLECTION).document(live + "~stale~1").set(SessionDocuments.partDocument(live, "stale",
        bytes(RecordParts.PART_BYTES + 10, 9), 1, in(Duration.ofMinutes(1)).toEpochMilli())).get();
    assertEquals(8, documents().size());
    clock.advance(Duration.ofMinutes(15)); // past the old session's expiry and its parts', not the live one's
    assertEquals(1, store.sweepExpired(clock.instant()), "one session (its parts are not sessions)");
    List<String> left = documents().stream().map(DocumentSnapshot::getId).sorted().collect(Collectors.toList());
    assertEquals(3, left.size(), () -> "only the live session and its parts remain: " + left);
    assertTrue(left.stream().allMatch(id -> id.startsWith(live) && !id.contains("stale")), left::toString);
    assertEquals(AcquireResult.Status.GRANTED, store.tryAcquire(live, LEASE).status());
  }

  @Test
  void theSweepPagesThroughManySessions() {
    FirestoreStateStore store = node();
    int n = FirestoreSweep.PAGE * 2 + 5;
    for (int i = 0; i < n; i++) {
      store.create(SessionTokens.newToken(random), new byte[] {(byte) i}, in(Duration.ofMinutes(1)));
    }
    String leased = SessionTokens.newToken(random);
    store.create(leased, new byte[] {1}, in(Duration.ofMinutes(1)));
    store.tryAcquire(leased, Duration.ofMinutes(1)).lease();
    clock.advance(Duration.ofMinutes(2));
    assertEquals(n + 1, store.sweepExpired(clock.instant()), "its lease ran out too: it goes");
    assertEquals(0, store.sweepExpired(clock.instant()));
  }

  @Test
  void nodesRacingForAFreeSessionGetOneGrantAndQuickBusyAnswers() throws Exception {
    FirestoreStateStore a = node();
    FirestoreStateStore b = node();
    String t = SessionTokens.newToken(random);
    a.create(t, new byte[] {1}, in(TTL));
    int racers = 8;
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    try {
      List<Future<AcquireResult>> results = new ArrayList<>();
      for (int i = 0; i < racers; i++) {
        FirestoreStateStore node = i % 2 == 0 ? a : b;
        results.add(pool.submit(() -> {
          go.await();
          return node.tryAcquire(t, LEASE);
        }));
      }
      go.countDown();
      int granted = 0;
      for (Future<AcquireResult> r : results) {
        AcquireResult result = r.get(30, TimeUnit.SECONDS);
        if (result.status() == AcquireResult.Status.GRANTED) {
          granted++;
        } else {
          assertEquals(AcquireResult.Status.BUSY, result.status());
        }
      }
      assertEquals(1, granted);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void tooLargeARecordIsRefusedBeforeAnythingIsWritten() throws Exception {
    FirestoreStateStore store = node();
    String t = SessionTokens.newToken(random);
    store.create(t, new byte[] {1}, in(TTL));
    Lease lease = store.tryAcquire(t, LEASE).lease();
    StoreException e = assertThrows(StoreException.class,
        () -> store.commit(lease, new byte[(int) RecordParts.MAX_RECORD_BYTES + 1], in(TTL)));
    assertFalse(e.retryable());
    assertTrue(e.getMessage().contains("MESOPJ_MAX_STATE_BYTES"), e.getMessage());
    assertEquals(1, documents().size());
    store.commit(lease, new byte[] {2}, in(TTL));
  }

  @Test
  void aDocumentThatIsNotASessionIsAClearNonRetryableError() throws Exception {
    FirestoreStateStore store = node();
    String t = SessionTokens.newToken(random);
    raw.collection(COLLECTION).document(t).set(Map.of("state", "from somewhere else",
        "expiresAt", SessionDocuments.timestamp(clock.millis() - 1000))).get();
    StoreException e = assertThrows(StoreException.class, () -> store.tryAcquire(t, LEASE));
    assertFalse(e.retryable());
    assertFalse(e.getMessage().contains(t), "tokens stay out of messages");
    raw.collection(COLLECTION).document("not~ours~1").set(Map.of("expiresAt",
        SessionDocuments.timestamp(clock.millis() - 1000))).get();
    assertEquals(0, store.sweepExpired(clock.instant()), "the sweep leaves documents it does not own");
    assertEquals(2, documents().size());
  }

  @Test
  void malformedTokensAreNeverLookedUp() {
    FirestoreStateStore store = node();
    assertEquals(AcquireResult.Status.MISSING, store.tryAcquire("a/b", LEASE).status());
    assertThrows(IllegalArgumentException.class, () -> store.create("x~1", new byte[] {1}, in(TTL)));
    store.delete("../x");
  }
}
