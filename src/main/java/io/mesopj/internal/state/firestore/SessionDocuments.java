package io.mesopj.internal.state.firestore;

import com.google.cloud.Timestamp;
import com.google.cloud.firestore.CollectionReference;
import com.google.cloud.firestore.DocumentReference;
import com.google.cloud.firestore.FieldMask;
import com.google.cloud.firestore.FieldValue;
import io.mesopj.internal.state.SessionTokens;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Where a session's documents are and what their fields are called (the layout is described in
 * {@code package-info.java}). Header writes go through here so every path sets the same fields.
 */
final class SessionDocuments {
  static final String DATA = "data";
  static final String PARTS = "parts";
  static final String GENERATION = "generation";
  static final String SIZE = "size";
  static final String FENCE = "fence";
  static final String LEASE_UNTIL = "leaseUntil";
  static final String TTL_MILLIS = "ttlMillis";
  static final String EXPIRES_AT = "expiresAt";
  static final String CREATED_AT = "createdAt";
  static final String PARTS_EXPIRE_AT = "partsExpireAt";
  static final String SESSION = "session";
  static final String PART = "part";

  /** Separates token, generation and part number in a part's id; tokens never contain it. */
  static final char SEPARATOR = '~';

  /** The header without its data: what lease and expiry decisions need, at a few bytes per read. */
  static final FieldMask HEADER_FIELDS =
      FieldMask.of(FENCE, LEASE_UNTIL, TTL_MILLIS, EXPIRES_AT, PARTS, GENERATION, SIZE, PARTS_EXPIRE_AT);

  private final CollectionReference collection;

  SessionDocuments(CollectionReference collection) {
    this.collection = collection;
  }

  CollectionReference collection() {
    return collection;
  }

  DocumentReference header(String token) {
    return collection.document(token);
  }

  /** Part {@code index} (1-based: part 0 lives in the header) of generation {@code generation}. */
  DocumentReference part(String token, String generation, int index) {
    return collection.document(token + SEPARATOR + generation + SEPARATOR + index);
  }

  /** Parts 1 to {@code parts - 1} of a generation (none for a one-part record). */
  DocumentReference[] parts(String token, String generation, int parts) {
    DocumentReference[] refs = new DocumentReference[Math.max(0, parts - 1)];
    for (int i = 1; i < parts; i++) {
      refs[i - 1] = part(token, generation, i);
    }
    return refs;
  }

  /** A part's id: token, generation and part number (anything else in the collection is not ours). */
  private static final Pattern PART_ID = Pattern.compile("[A-Za-z0-9_-]{22}~[A-Za-z0-9_-]+~[0-9]+");

  /** True for ids this store writes: a session token (a header) or a part's id. */
  static boolean isOurs(String documentId) {
    return SessionTokens.isWellFormed(documentId) || PART_ID.matcher(documentId).matches();
  }

  /** The session token a document id belongs to (a header's id is the token itself). */
  static String tokenOf(String documentId) {
    int at = documentId.indexOf(SEPARATOR);
    return at < 0 ? documentId : documentId.substring(0, at);
  }

  /** The generation in a part's id; null for a header. */
  static String generationOf(String documentId) {
    int first = documentId.indexOf(SEPARATOR);
    int second = first < 0 ? -1 : documentId.indexOf(SEPARATOR, first + 1);
    return second < 0 ? null : documentId.substring(first + 1, second);
  }

  /**
   * A fresh name for the parts of one write. Parts are written before the header transaction
   * that makes them current, so they must never overwrite the parts readers use now.
   */
  static String newGeneration() {
    byte[] bytes = new byte[6];
    ThreadLocalRandom.current().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** A new header: not leased, fence 0. */
  static Map<String, Object> newHeader(byte[] record, String generation, long expiresAt, long now) {
    Map<String, Object> fields = record(record, generation, expiresAt, now, false);
    fields.put(FENCE, 0L);
    fields.put(CREATED_AT, timestamp(now));
    return fields;
  }

  /**
   * Header fields that replace the record (its parts already written as {@code generation}, null
   * for a one-part record) and release the lease. {@code hadParts}: the fields of the old parts
   * must be removed when the new record has none.
   */
  static Map<String, Object> record(byte[] record, String generation, long expiresAt, long now,
      boolean hadParts) {
    int parts = RecordParts.count(record.length);
    long ttl = Math.max(0, expiresAt - now);
    Map<String, Object> fields = new HashMap<>();
    fields.put(DATA, RecordParts.part(record, 0));
    fields.put(PARTS, (long) parts);
    fields.put(SIZE, (long) record.length);
    fields.put(LEASE_UNTIL, 0L);
    fields.put(TTL_MILLIS, ttl);
    fields.put(EXPIRES_AT, timestamp(expiresAt));
    if (parts > 1) {
      fields.put(GENERATION, generation);
      fields.put(PARTS_EXPIRE_AT, timestamp(partsExpireAt(expiresAt, ttl)));
    } else if (hadParts) {
      fields.put(GENERATION, FieldValue.delete());
      fields.put(PARTS_EXPIRE_AT, FieldValue.delete());
    }
    return fields;
  }

  /** Part {@code index} of {@code record}, as a document. */
  static Map<String, Object> partDocument(String token, String generation, byte[] record, int index,
      long partsExpireAt) {
    Map<String, Object> fields = new HashMap<>();
    fields.put(SESSION, token);
    fields.put(GENERATION, generation);
    fields.put(PART, (long) index);
    fields.put(DATA, RecordParts.part(record, index));
    fields.put(EXPIRES_AT, timestamp(partsExpireAt));
    return fields;
  }

  /**
   * When parts expire, for a header expiring at {@code expiresAt}: one TTL later, so that
   * sessions in use rewrite their parts' expiry about once per TTL rather than on every event.
   * Never earlier than the header, so a TTL policy cannot delete a live session's parts.
   */
  static long partsExpireAt(long expiresAt, long ttlMillis) {
    return expiresAt + Math.max(ttlMillis, 60_000);
  }

  static Timestamp timestamp(long epochMillis) {
    return Timestamp.ofTimeMicroseconds(Math.multiplyExact(epochMillis, 1000L));
  }

  static long millis(Timestamp t) {
    return t.getSeconds() * 1000L + t.getNanos() / 1_000_000;
  }
}
