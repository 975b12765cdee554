package io.mesopj.internal.runtime.session;

import io.mesopj.protocol.SessionUpdate;
import io.mesopj.internal.runtime.StateSet;

/**
 * One event's hold on its session: its state objects, then a commit (save, end the hold) or a
 * release (end the hold, save nothing).
 */
public interface SessionHandle {
  /** The state objects this event works on (shared with concurrent events of the session). */
  StateSet states();

  /** True when the event with this id was already applied to this state (a retry). */
  boolean applied(String eventId);

  /**
   * Saves the states (remembering {@code eventId} when not empty) and ends the hold; returns what
   * the browser must send with its next event.
   */
  SessionUpdate commit(String eventId);

  /** Saves like commit but keeps the hold (for events that share a session concurrently). */
  SessionUpdate checkpoint(String eventId);

  /** Ends the hold without saving. Does nothing after commit. */
  void release();
}
