package io.mesopj.runtime.session;

import io.mesopj.protocol.SessionUpdate;
import io.mesopj.protocol.internal.SessionRecord;

/** One request's hold on its session: read the record, then commit a new one or release. */
public interface SessionHandle {
  SessionRecord record();

  /** Saves {@code next} (or seals it) and returns what the browser must send with its next event. */
  SessionUpdate commit(SessionRecord next);

  /** Ends the hold without saving. Safe to call after commit (does nothing then). */
  void release();
}
