package io.mesopj.internal.state.firestore;

import com.google.api.core.ApiFuture;
import com.google.api.core.ApiFutures;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.cloud.firestore.Blob;
import com.google.cloud.firestore.DocumentReference;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.FirestoreOptions;
import com.google.cloud.firestore.Precondition;
import com.google.cloud.firestore.Transaction;
import com.google.cloud.firestore.TransactionOptions;
import com.google.cloud.firestore.UpdateBuilder;
import com.google.cloud.firestore.WriteBatch;
import com.google.cloud.firestore.WriteResult;
import com.google.common.util.concurrent.MoreExecutors;
import io.mesopj.internal.config.MesopConfig;
import io.mesopj.internal.state.AcquireResult;
import io.mesopj.internal.state.FencedOffException;
import io.mesopj.internal.state.Lease;
import io.mesopj.internal.state.SessionTokens;
import io.mesopj.internal.state.StateStore;
import io.mesopj.internal.state.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sessions in a Firestore collection (Mesop's firestore backend). Every operation reads the
 * session header, checks the lease and fence and writes atomically: a grant as a write
 * conditional on the header's update time, commit, renew, release, delete and sweep in Firestore
 * transactions. So two nodes can never both be granted a session, and a commit on a lease granted
 * again since changes nothing. Records larger than one document are split into parts (see
 * {@code package-info}). All time decisions use the injected clock, never Firestore's.
 */
public final class FirestoreStateStore implements StateStore {
  private static final Logger LOG = Logger.getLogger(FirestoreStateStore.class.getName());

  /** Backstop for one operation, transaction retries included; RPC timeouts normally fire first. */
  public static final Duration DEFAULT_OPERATION_TIMEOUT = Duration.ofSeconds(10);
  /** Attempts for writes that must not be lost to contention (commit, renew, release, delete). */
  private static final int WRITE_ATTEMPTS = 5;
  private static final String PROBE_ID = "mesopj-readiness-probe";

  private final Firestore firestore;
  private final boolean ownsClient;
  private final SessionDocuments docs;
  private final Clock clock;
  private final FirestoreCalls calls;
  private final FirestoreSweep sweep;

  /** A store over a client the caller owns (and closes). */
  public FirestoreStateStore(Firestore firestore, String collection, Clock clock) {
    this(firestore, collection, clock, DEFAULT_OPERATION_TIMEOUT, false);
  }

  FirestoreStateStore(Firestore firestore, String collection, Clock clock, Duration operationTimeout,
      boolean ownsClient) {
    this.firestore = firestore;
    this.ownsClient = ownsClient;
    this.docs = new SessionDocuments(firestore.collection(FirestoreConnections.checkCollection(collection)));
    this.clock = clock;
    String project = firestore.getOptions().getProjectId();
    this.calls = new FirestoreCalls(operationTimeout, "collection " + collection + ", project " + project);
    this.sweep = new FirestoreSweep(firestore, docs, calls, WRITE_ATTEMPTS);
  }

  /**
   * A store with its own client built from {@code options} (closed with the store). Build the
   * options with {@link FirestoreConnections#options} (or {@link FirestoreConnections#emulator}) for
   * RPC timeouts that fail fast when Firestore is down.
   */
  public static FirestoreStateStore open(FirestoreOptions options, String collection, Clock clock) {
    // A fresh options object: FirestoreOptions caches its client, and this store must own its own.
    Firestore client = options.toBuilder().build().getService();
    return new FirestoreStateStore(client, collection, clock, DEFAULT_OPERATION_TIMEOUT, true);
  }

  /**
   * The store MESOP_STATE_SESSION_BACKEND=firestore asks for: collection from
   * MESOP_STATE_SESSION_BACKEND_FIRESTORE_COLLECTION, project from MESOPJ_FIRESTORE_PROJECT or
   * Application Default Credentials, the (default) database; the emulator when
   * FIRESTORE_EMULATOR_HOST is set. Checks that Firestore answers; throws ConfigException if not.
   */
  public static FirestoreStateStore fromConfig(MesopConfig config, Clock clock) {
    return FirestoreConnections.fromConfig(config, clock, System.getenv(), GoogleCredentials::getApplicationDefault);
  }

  @Override
  public String name() {
    return "firestore";
  }

  @Override
  public void create(String token, byte[] record, Instant expiresAt) {
    if (!SessionTokens.isWellFormed(token)) {
      throw new IllegalArgumentException("Not a session token: " + SessionTokens.redact(token));
    }
    RecordParts.checkFits(token, record.length);
    long now = clock.millis();
    long expires = expiresAt.toEpochMilli();
    String what = "create session " + SessionTokens.redact(token);
    // Parts first: the header, written last, is what makes them part of a session.
    String generation = writeParts(what, token, record, expires, Math.max(0, expires - now));
    calls.await(what, docs.header(token).create(SessionDocuments.newHeader(record, generation, expires, now)));
  }

  /**
   * Grants with one lock-free read and one write conditional on the header's update time (an
   * atomic compare-and-set), not a transaction: nodes racing for a session that just came free
   * must get a quick BUSY, and contended read-write transactions wait on each other's locks
   * (seconds, in the emulator) before Firestore aborts all but one.
   */
  @Override
  public AcquireResult tryAcquire(String token, Duration leaseTime) {
    if (!SessionTokens.isWellFormed(token)) {
      return AcquireResult.missing();
    }
    String what = "acquire session " + SessionTokens.redact(token);
    DocumentReference ref = docs.header(token);
    DocumentSnapshot head = calls.await(what, ref.get());
    long now = clock.millis();
    if (!head.exists()) {
      return AcquireResult.missing();
    }
    Header h = Header.of(token, head);
    if (h.leasedAt(now)) {
      return AcquireResult.busy();
    }
    if (h.expiredAt(now)) {
      return AcquireResult.missing();
    }
    // Parts of the header's generation never change while it is current, and stop being current
    // only with a change to the header, which the conditional write below would notice.
    List<DocumentSnapshot> parts = h.parts() > 1
        ? calls.await(what, firestore.getAll(docs.parts(token, h.generation(), h.parts()))) : List.of();
    if (parts.stream().anyMatch(p -> !p.exists())) {
      return changedSince(what, ref, head); // a commit or delete replaced them after our read
    }
    byte[] record = RecordParts.join(token, blobs(head, parts), h.size());
    long fence = h.fence() + 1;
    long until = now + leaseTime.toMillis();
    // TTL counts from last use. The stored expiry also covers the lease, so a Firestore TTL
    // policy (which knows nothing of leases) cannot delete a session while a handler runs.
    long expires = Math.max(now + h.ttlMillis(), until);
    Map<String, Object> update = new HashMap<>();
    update.put(SessionDocuments.FENCE, fence);
    update.put(SessionDocuments.LEASE_UNTIL, until);
    update.put(SessionDocuments.EXPIRES_AT, SessionDocuments.timestamp(expires));
    WriteBatch grant = firestore.batch();
    keepPartsAlive(grant, token, h, expires, update);
    grant.update(ref, update, Precondition.updatedAt(head.getUpdateTime()));
    try {
      calls.await(what, grant.commit());
    } catch (StoreException e) {
      if (FirestoreCalls.isConflict(e)) {
        return AcquireResult.busy(); // another node changed it since our read: most likely took it
      }
      throw e;
    }
    return AcquireResult.granted(new Lease(token, fence, record));
  }

  /** BUSY when the header changed since {@code head} was read (MISSING if gone); else its parts are damaged. */
  private AcquireResult changedSince(String what, DocumentReference ref, DocumentSnapshot head) {
    DocumentSnapshot now = calls.await(what, ref.get(SessionDocuments.HEADER_FIELDS));
    if (!now.exists()) {
      return AcquireResult.missing();
    }
    if (!now.getUpdateTime().equals(head.getUpdateTime())) {
      return AcquireResult.busy();
    }
    throw new StoreException("The stored state of session " + SessionTokens.redact(head.getId())
        + " is damaged: parts of its record are missing.", false);
  }

  private static List<Blob> blobs(DocumentSnapshot head, List<DocumentSnapshot> parts) {
    List<Blob> blobs = new ArrayList<>(parts.size() + 1);
    blobs.add(head.getBlob(SessionDocuments.DATA));
    for (DocumentSnapshot part : parts) {
      blobs.add(part.getBlob(SessionDocuments.DATA));
    }
    return blobs;
  }

  /** Moves the parts' expiry out (about once per TTL) when the header's would pass it. */
  private void keepPartsAlive(UpdateBuilder<?> writes, String token, Header h, long expires,
      Map<String, Object> update) {
    if (h.parts() <= 1 || expires <= h.partsExpireAt()) {
      return;
    }
    long partsExpire = SessionDocuments.partsExpireAt(expires, h.ttlMillis());
    for (DocumentReference part : docs.parts(token, h.generation(), h.parts())) {
      writes.update(part, SessionDocuments.EXPIRES_AT, SessionDocuments.timestamp(partsExpire));
    }
    update.put(SessionDocuments.PARTS_EXPIRE_AT, SessionDocuments.timestamp(partsExpire));
  }

  @Override
  public boolean renew(Lease lease, Duration leaseTime) {
    String token = lease.token();
    if (!SessionTokens.isWellFormed(token)) {
      return false;
    }
    return calls.await("renew the lease of session " + SessionTokens.redact(token),
        firestore.runAsyncTransaction(tx -> withHeader(tx, token, (head, h) -> {
          if (h == null || !h.heldBy(lease.fence())) {
            return false;
          }
          long until = clock.millis() + leaseTime.toMillis();
          long expires = Math.max(h.expiresAt(), until);
          Map<String, Object> update = new HashMap<>();
          update.put(SessionDocuments.LEASE_UNTIL, until);
          update.put(SessionDocuments.EXPIRES_AT, SessionDocuments.timestamp(expires));
          keepPartsAlive(tx, token, h, expires, update);
          tx.update(head, update);
          return true;
        }), options(WRITE_ATTEMPTS)));
  }

  @Override
  public void commit(Lease lease, byte[] record, Instant expiresAt) {
    save(lease, record, expiresAt, true);
  }

  @Override
  public void checkpoint(Lease lease, byte[] record, Instant expiresAt) {
    save(lease, record, expiresAt, false);
  }

  /** Writes a record iff the lease is current; releases the lease or, for a checkpoint, keeps it. */
  private void save(Lease lease, byte[] record, Instant expiresAt, boolean release) {
    String token = lease.token();
    if (!SessionTokens.isWellFormed(token)) {
      throw new FencedOffException(token);
    }
    RecordParts.checkFits(token, record.length);
    String what = "commit session " + SessionTokens.redact(token);
    long expires = expiresAt.toEpochMilli();
    // A large record's parts go first, under a new generation (one request each: a single commit
    // of several MiB would pass gRPC's 4 MiB message limit); the transaction then switches the
    // header to them atomically. Readers only follow the header, so they never see a mix.
    long now = clock.millis(); // the TTL stored counts from here, for the header and its parts alike
    String generation = writeParts(what, token, record, expires, Math.max(0, expires - now));
    boolean written = calls.await(what, firestore.runAsyncTransaction(tx -> withHeader(tx, token, (head, h) -> {
      if (h == null || !h.heldBy(lease.fence())) {
        return false; // fenced off: write nothing
      }
      Map<String, Object> fields = SessionDocuments.record(record, generation, expires, now, h.parts() > 1);
      if (!release) {
        // Still leased: keep the lease, and keep expiresAt past it so a TTL policy cannot delete it meanwhile.
        fields.remove(SessionDocuments.LEASE_UNTIL);
        fields.put(SessionDocuments.EXPIRES_AT, SessionDocuments.timestamp(Math.max(expires, h.leaseUntil())));
      }
      tx.update(head, fields);
      for (DocumentReference old : docs.parts(token, h.generation(), h.parts())) {
        tx.delete(old); // the previous record's parts, whatever the new record's size
      }
      return true;
    }), options(WRITE_ATTEMPTS)));
    if (!written) {
      deleteQuietly(token, generation, RecordParts.count(record.length));
      throw new FencedOffException(token);
    }
  }

  /**
   * Writes parts 1.. of {@code record} under a new generation and returns it; null (nothing
   * written) for a one-part record. If this fails half-way the parts written are orphans that
   * expire like sessions do (sweep or TTL policy).
   */
  private String writeParts(String what, String token, byte[] record, long expires, long ttlMillis) {
    int parts = RecordParts.count(record.length);
    if (parts == 1) {
      return null;
    }
    String generation = SessionDocuments.newGeneration();
    long partsExpire = SessionDocuments.partsExpireAt(expires, ttlMillis);
    List<ApiFuture<WriteResult>> writes = new ArrayList<>();
    for (int i = 1; i < parts; i++) {
      writes.add(docs.part(token, generation, i)
          .set(SessionDocuments.partDocument(token, generation, record, i, partsExpire)));
    }
    calls.await(what, ApiFutures.allAsList(writes));
    return generation;
  }

  /** Removes parts no header refers to (a fenced-off commit's); failures leave them to expire. */
  private void deleteQuietly(String token, String generation, int parts) {
    if (generation == null) {
      return;
    }
    WriteBatch batch = firestore.batch();
    for (DocumentReference part : docs.parts(token, generation, parts)) {
      batch.delete(part);
    }
    try {
      calls.await("delete unused parts", batch.commit());
    } catch (StoreException e) {
      LOG.log(Level.FINE, "Unused parts of a fenced-off commit stay until they expire", e);
    }
  }

  @Override
  public void release(Lease lease) {
    String token = lease.token();
    if (!SessionTokens.isWellFormed(token)) {
      return;
    }
    calls.await("release session " + SessionTokens.redact(token),
        firestore.runAsyncTransaction(tx -> withHeader(tx, token, (head, h) -> {
          if (h != null && h.heldBy(lease.fence())) {
            tx.update(head, SessionDocuments.LEASE_UNTIL, 0L);
          }
          return null;
        }), options(WRITE_ATTEMPTS)));
  }

  @Override
  public void delete(String token) {
    if (!SessionTokens.isWellFormed(token)) {
      return;
    }
    calls.await("delete session " + SessionTokens.redact(token),
        firestore.runAsyncTransaction(tx -> withHeader(tx, token, (head, h) -> {
          if (h != null) {
            tx.delete(head);
            for (DocumentReference part : docs.parts(token, h.generation(), h.parts())) {
              tx.delete(part);
            }
          }
          return null;
        }), options(WRITE_ATTEMPTS)));
  }

  @Override
  public int sweepExpired(Instant now) {
    return sweep.run(now.toEpochMilli());
  }

  @Override
  public void checkReady() {
    // One read of a document that never exists: cheap, and fails the way real requests would.
    calls.await("answer a readiness read", docs.collection().document(PROBE_ID).get());
  }

  @Override
  public void close() {
    if (!ownsClient) {
      return;
    }
    try {
      firestore.close();
    } catch (Exception e) {
      LOG.log(Level.FINE, "Closing the Firestore client failed", e);
    }
  }

  /** What a transaction does with the session's header (null when there is none). */
  @FunctionalInterface
  private interface HeaderStep<T> {
    T apply(DocumentReference head, Header header);
  }

  /** Reads the header's lease fields (not its data) in {@code tx}, then runs {@code step}. */
  private <T> ApiFuture<T> withHeader(Transaction tx, String token, HeaderStep<T> step) {
    DocumentReference head = docs.header(token);
    return ApiFutures.transform(tx.getAll(new DocumentReference[] {head}, SessionDocuments.HEADER_FIELDS),
        snapshots -> {
          DocumentSnapshot doc = snapshots.get(0);
          return step.apply(head, doc.exists() ? Header.of(token, doc) : null);
        }, MoreExecutors.directExecutor());
  }

  private static TransactionOptions options(int attempts) {
    return TransactionOptions.createReadWriteOptionsBuilder().setNumberOfAttempts(attempts).build();
  }
}
