package io.mesopj.internal.runtime.session;

import io.mesopj.protocol.internal.SessionRecord;
import io.mesopj.internal.runtime.StateCodec;
import io.mesopj.internal.runtime.StateSet;
import java.util.ArrayDeque;

/** A session handle backed by a SessionRecord: builds the states from it and the next record from them. */
abstract class RecordHandle implements SessionHandle {
  /**
   * How many recent events a server-side session remembers, to recognise retries: a browser tab
   * has at most a few events unanswered, but many clients sharing one session (or a WebSocket
   * with many events in flight) need more room. 64 hashes cost 576 bytes per session.
   */
  static final int REMEMBERED_EVENTS = 64;
  /** Sealed state travels with every request and answer, so it remembers fewer. */
  static final int REMEMBERED_EVENTS_SEALED = 16;

  private final StateSet states;
  private final ArrayDeque<Long> applied;
  private final int remembered;

  RecordHandle(StateCodec codec, SessionRecord record, int remembered) {
    this.states = new StateSet(codec, record.getStatesList());
    this.applied = new ArrayDeque<>(record.getAppliedEventHashesList());
    this.remembered = remembered;
  }

  /** FNV-1a, 64 bits: a client that forges collisions only confuses its own session. */
  static long hash(String eventId) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < eventId.length(); i++) {
      h ^= eventId.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  @Override
  public final StateSet states() {
    return states;
  }

  @Override
  public final synchronized boolean applied(String eventId) {
    return !eventId.isEmpty() && applied.contains(hash(eventId));
  }

  /** The record to save now: the current states and the remembered event ids (plus this one). */
  final synchronized SessionRecord next(String eventId) {
    if (!eventId.isEmpty() && !applied.contains(hash(eventId))) {
      applied.addLast(hash(eventId));
      while (applied.size() > remembered) {
        applied.removeFirst();
      }
    }
    return SessionRecord.newBuilder().addAllStates(states.toEntries()).addAllAppliedEventHashes(applied).build();
  }
}
