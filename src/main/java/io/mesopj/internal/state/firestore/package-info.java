/**
 * The firestore state store: sessions in a Firestore collection (the (default) database), one
 * header document per session token, serialised across nodes with leases and fencing numbers.
 *
 * <p>Document layout (collection {@code MESOP_STATE_SESSION_BACKEND_FIRESTORE_COLLECTION},
 * default {@code mesop_state_sessions}):
 * <ul>
 *   <li>{@code {token}}, the header: {@code data} (Blob: the whole record when it fits in one
 *       part, else its first part), {@code parts}, {@code size}, {@code fence}, {@code leaseUntil}
 *       (epoch millis, 0 = free), {@code ttlMillis}, {@code expiresAt} (Timestamp),
 *       {@code createdAt} (Timestamp) and, for records over one part, {@code generation} and
 *       {@code partsExpireAt}.
 *   <li>{@code {token}~{generation}~{i}} for i = 1 … parts-1, only for records over
 *       {@link io.mesopj.internal.state.firestore.RecordParts#PART_BYTES} bytes: {@code data},
 *       {@code session}, {@code generation}, {@code part} and an {@code expiresAt} never earlier
 *       than the header's.
 * </ul>
 * Parts are siblings in the same collection, not a subcollection, so the one TTL policy Mesop
 * documents ({@code gcloud firestore fields ttls update expiresAt --collection-group=COLLECTION})
 * removes them too (TTL deletion never touches subcollections). A write puts a large record's
 * parts under a new generation first, then switches the header to it atomically (deleting the
 * old generation's parts), so readers, who follow the header, never see a mix of two records.
 */
package io.mesopj.internal.state.firestore;
