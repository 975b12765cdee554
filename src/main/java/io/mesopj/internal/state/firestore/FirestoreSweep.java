package io.mesopj.internal.state.firestore;

import com.google.api.core.ApiFuture;
import com.google.api.core.ApiFutures;
import com.google.cloud.firestore.DocumentReference;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.Query;
import com.google.cloud.firestore.QuerySnapshot;
import com.google.cloud.firestore.Transaction;
import com.google.cloud.firestore.TransactionOptions;
import com.google.common.util.concurrent.MoreExecutors;
import io.mesopj.internal.state.StoreException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deletes expired, unleased sessions: pages through {@code expiresAt < now} and re-checks each
 * session in its own transaction before deleting its header and parts (a node may have taken it
 * since the query). Firestore TTL policies on {@code expiresAt} do the same job in production.
 */
final class FirestoreSweep {
  /** Documents per query page; each page's sessions are deleted concurrently. */
  static final int PAGE = 100;

  private final Firestore firestore;
  private final SessionDocuments docs;
  private final FirestoreCalls calls;
  private final TransactionOptions options;

  FirestoreSweep(Firestore firestore, SessionDocuments docs, FirestoreCalls calls, int attempts) {
    this.firestore = firestore;
    this.docs = docs;
    this.calls = calls;
    this.options = TransactionOptions.createReadWriteOptionsBuilder().setNumberOfAttempts(attempts).build();
  }

  /** Sessions deleted (headers; their parts and parts left without a header go too). */
  int run(long now) {
    // Only the fields the cursor needs: parts are 1 MB each and must not be downloaded here.
    Query expired = docs.collection()
        .whereLessThan(SessionDocuments.EXPIRES_AT, SessionDocuments.timestamp(now))
        .orderBy(SessionDocuments.EXPIRES_AT)
        .select(SessionDocuments.EXPIRES_AT)
        .limit(PAGE);
    int removed = 0;
    DocumentSnapshot last = null;
    while (true) {
      Query page = last == null ? expired : expired.startAfter(last);
      QuerySnapshot found = calls.await("find expired sessions", page.get());
      Map<String, List<DocumentReference>> byToken = new LinkedHashMap<>();
      for (DocumentSnapshot doc : found.getDocuments()) {
        if (SessionDocuments.isOurs(doc.getId())) { // leave anything else in the collection alone
          byToken.computeIfAbsent(SessionDocuments.tokenOf(doc.getId()), t -> new ArrayList<>())
              .add(doc.getReference());
        }
      }
      List<ApiFuture<Boolean>> deletions = new ArrayList<>();
      for (Map.Entry<String, List<DocumentReference>> e : byToken.entrySet()) {
        deletions.add(firestore.runAsyncTransaction(tx -> deleteIfExpired(tx, e.getKey(), e.getValue(), now),
            options));
      }
      for (ApiFuture<Boolean> deletion : deletions) {
        try {
          if (calls.await("delete an expired session", deletion)) {
            removed++;
          }
        } catch (StoreException e) {
          if (!FirestoreCalls.isConflict(e)) {
            throw e;
          }
          // contended: a node is using it, so it is not expired after all (or the next sweep gets it)
        }
      }
      if (found.size() < PAGE) {
        return removed;
      }
      last = found.getDocuments().get(found.size() - 1);
    }
  }

  private ApiFuture<Boolean> deleteIfExpired(Transaction tx, String token,
      List<DocumentReference> found, long now) {
    DocumentReference head = docs.header(token);
    return ApiFutures.transform(tx.getAll(new DocumentReference[] {head}, SessionDocuments.HEADER_FIELDS),
        snapshots -> {
          DocumentSnapshot doc = snapshots.get(0);
          if (!doc.exists()) {
            // Parts whose header is gone (deleted, or removed first by a TTL policy): orphans.
            for (DocumentReference part : found) {
              if (!part.equals(head)) {
                tx.delete(part);
              }
            }
            return false;
          }
          Header h;
          try {
            h = Header.of(token, doc);
          } catch (StoreException notOurs) {
            return false; // not a mesopj session: leave it to its owner (or the TTL policy)
          }
          if (!h.expiredAt(now)) {
            // Used or leased since the query; expired parts of other generations are leftovers
            // of failed writes (a write in progress gives its parts a later expiry).
            deleteOtherGenerations(tx, found, h.generation());
            return false;
          }
          tx.delete(head);
          for (DocumentReference part : docs.parts(token, h.generation(), h.parts())) {
            tx.delete(part);
          }
          deleteOtherGenerations(tx, found, h.generation());
          return true;
        }, MoreExecutors.directExecutor());
  }

  /** Deletes expired parts not of the header's current generation: leftovers of failed writes. */
  private static void deleteOtherGenerations(Transaction tx, List<DocumentReference> found, String current) {
    for (DocumentReference part : found) {
      String generation = SessionDocuments.generationOf(part.getId());
      if (generation != null && !generation.equals(current)) {
        tx.delete(part);
      }
    }
  }
}
