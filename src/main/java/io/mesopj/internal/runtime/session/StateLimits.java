package io.mesopj.internal.runtime.session;

import io.mesopj.internal.core.UiException;

/** The size limit on one session's serialized state (MESOPJ_MAX_STATE_BYTES). */
final class StateLimits {
  private StateLimits() {}

  static void check(int size, long max) {
    if (size > max) {
      throw new UiException(500, "This session's state is " + size + " bytes, more than MESOPJ_MAX_STATE_BYTES ("
          + max + "). Keep less in state, or raise the limit.", false, null);
    }
  }
}
