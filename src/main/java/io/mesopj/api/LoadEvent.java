package io.mesopj.api;

import io.mesopj.runtime.EventContext;

/** The page is loading (Mesop's {@code on_load}); runs before its first render. */
public final class LoadEvent extends Event {
  /** Created by the runtime. */
  public LoadEvent(EventContext context) {
    super(context, "");
  }
}
