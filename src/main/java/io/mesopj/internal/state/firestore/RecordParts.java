package io.mesopj.internal.state.firestore;

import com.google.cloud.firestore.Blob;
import com.google.protobuf.ByteString;
import io.mesopj.internal.state.SessionTokens;
import io.mesopj.internal.state.StoreException;
import java.util.List;

/**
 * Splits a session record into parts that each fit in one Firestore document (documents are
 * limited to 1 MiB), and joins them back.
 */
final class RecordParts {
  /** Bytes per part: under 1 MiB with room for the document's name and other fields. */
  static final int PART_BYTES = 1_000_000;
  /**
   * Bounds what one grant reads in its transaction (and one session's memory). Parts are written
   * one request each, so the 4 MiB gRPC message limit (the emulator's) and Firestore's 10 MiB
   * request limit do not bound the record.
   */
  static final int MAX_PARTS = 16;
  static final long MAX_RECORD_BYTES = (long) PART_BYTES * MAX_PARTS;

  private RecordParts() {}

  /** How many parts a record of {@code length} bytes takes; at least one, even when empty. */
  static int count(long length) {
    return (int) Math.max(1, (length + PART_BYTES - 1) / PART_BYTES);
  }

  /** Part {@code index} (0-based) of {@code record}. */
  static Blob part(byte[] record, int index) {
    int from = index * PART_BYTES;
    int to = Math.min(record.length, from + PART_BYTES);
    return Blob.fromByteString(ByteString.copyFrom(record, from, to - from));
  }

  /** Refuses a record this store cannot write in one commit, before anything is sent. */
  static void checkFits(String token, int length) {
    if (length > MAX_RECORD_BYTES) {
      throw new StoreException("The state of session " + SessionTokens.redact(token) + " is " + length
          + " bytes; the firestore store holds at most " + MAX_RECORD_BYTES + " bytes per session."
          + " Lower MESOPJ_MAX_STATE_BYTES or keep less state.", false);
    }
  }

  /** The record from its parts in order; a missing or short part means the data is damaged. */
  static byte[] join(String token, List<Blob> parts, long size) {
    if (size < 0 || size > MAX_RECORD_BYTES) {
      throw damaged(token, "its size field says " + size + " bytes");
    }
    byte[] record = new byte[(int) size];
    int at = 0;
    for (int i = 0; i < parts.size(); i++) {
      Blob blob = parts.get(i);
      if (blob == null) {
        throw damaged(token, "part " + i + " of " + parts.size() + " is missing");
      }
      ByteString bytes = blob.toByteString();
      if (at + bytes.size() > record.length) {
        throw damaged(token, "its parts hold more than the " + size + " bytes recorded");
      }
      bytes.copyTo(record, at);
      at += bytes.size();
    }
    if (at != record.length) {
      throw damaged(token, "its parts hold " + at + " of the " + size + " bytes recorded");
    }
    return record;
  }

  private static StoreException damaged(String token, String detail) {
    return new StoreException("The stored state of session " + SessionTokens.redact(token) + " is damaged: "
        + detail + ".", false);
  }
}
