package io.mesopj.api;

import io.mesopj.internal.core.EventContext;

/** The page is loading (Mesop's {@code on_load}); runs before its first render. */
public final class LoadEvent extends Event {
  /** Created by the runtime (see io.mesopj.internal.runtime.ApiAccess). */
  LoadEvent(EventContext context) {
    super(context, "");
  }
}
