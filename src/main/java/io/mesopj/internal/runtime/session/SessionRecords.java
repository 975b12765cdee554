package io.mesopj.internal.runtime.session;

import com.google.protobuf.InvalidProtocolBufferException;
import io.mesopj.protocol.internal.SessionRecord;
import io.mesopj.internal.state.StoreException;

/** Bytes of a stored or sealed session record. */
final class SessionRecords {
  private SessionRecords() {}

  static SessionRecord parse(byte[] bytes, String where) {
    try {
      return SessionRecord.parseFrom(bytes);
    } catch (InvalidProtocolBufferException e) {
      throw new StoreException("Stored session data from " + where + " is corrupt", false, e);
    }
  }
}
