package io.mesopj.runtime.session;

import io.mesopj.protocol.internal.SessionRecord;
import io.mesopj.runtime.StateCodec;
import io.mesopj.runtime.StateSet;
import java.util.ArrayDeque;

/** A session handle backed by a SessionRecord: builds the states from it and the next record from them. */
abstract class RecordHandle implements SessionHandle {
  /** How many recent event ids a session remembers, to recognise retries. */
  static final int REMEMBERED_EVENTS = 16;

  private final StateSet states;
  private final ArrayDeque<String> applied;

  RecordHandle(StateCodec codec, SessionRecord record) {
    this.states = new StateSet(codec, record.getStatesList());
    this.applied = new ArrayDeque<>(record.getAppliedEventIdsList());
  }

  @Override
  public final StateSet states() {
    return states;
  }

  @Override
  public final synchronized boolean applied(String eventId) {
    return !eventId.isEmpty() && applied.contains(eventId);
  }

  /** The record to save now: the current states and the remembered event ids (plus this one). */
  final synchronized SessionRecord next(String eventId) {
    if (!eventId.isEmpty() && !applied.contains(eventId)) {
      applied.addLast(eventId);
      while (applied.size() > REMEMBERED_EVENTS) {
        applied.removeFirst();
      }
    }
    return SessionRecord.newBuilder().addAllStates(states.toEntries()).addAllAppliedEventIds(applied).build();
  }
}
