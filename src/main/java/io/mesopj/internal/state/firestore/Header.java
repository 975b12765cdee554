package io.mesopj.internal.state.firestore;

import com.google.cloud.Timestamp;
import com.google.cloud.firestore.DocumentSnapshot;
import io.mesopj.internal.state.SessionTokens;
import io.mesopj.internal.state.StoreException;

/** The lease and expiry fields of a session's header document, as read (times in epoch millis). */
record Header(long fence, long leaseUntil, long expiresAt, long ttlMillis, int parts, String generation,
    long size, long partsExpireAt) {

  /** Reads a header that exists; a document without the fields a header always has is damaged. */
  static Header of(String token, DocumentSnapshot doc) {
    Long fence = doc.getLong(SessionDocuments.FENCE);
    Long leaseUntil = doc.getLong(SessionDocuments.LEASE_UNTIL);
    Timestamp expiresAt = doc.getTimestamp(SessionDocuments.EXPIRES_AT);
    Long parts = doc.getLong(SessionDocuments.PARTS);
    Long size = doc.getLong(SessionDocuments.SIZE);
    String generation = doc.getString(SessionDocuments.GENERATION);
    if (fence == null || leaseUntil == null || expiresAt == null || parts == null || size == null
        || parts < 1 || parts > RecordParts.MAX_PARTS || (parts > 1 && generation == null)) {
      throw new StoreException("The stored session " + SessionTokens.redact(token) + " in Firestore collection "
          + doc.getReference().getParent().getId() + " is not a mesopj session header (fields missing or invalid).", false);
    }
    Long ttl = doc.getLong(SessionDocuments.TTL_MILLIS);
    Timestamp partsExpireAt = doc.getTimestamp(SessionDocuments.PARTS_EXPIRE_AT);
    return new Header(fence, leaseUntil, SessionDocuments.millis(expiresAt), ttl == null ? 0 : ttl,
        parts.intValue(), generation, size, partsExpireAt == null ? Long.MIN_VALUE : SessionDocuments.millis(partsExpireAt));
  }

  /** Someone holds the lease at {@code now}. */
  boolean leasedAt(long now) {
    return leaseUntil > now;
  }

  /** Past its expiry and not leased: the session is gone, whether or not a sweep removed it yet. */
  boolean expiredAt(long now) {
    return expiresAt <= now && leaseUntil <= now;
  }

  /** A lease with {@code fence} was granted and neither committed, released nor granted again since. */
  boolean heldBy(long fence) {
    return this.fence == fence && leaseUntil != 0;
  }
}
