package io.mesopj.api;

import io.mesopj.protocol.UserEvent;
import io.mesopj.internal.core.EventContext;

/** A select's list of options opened or closed. */
public final class SelectOpenedChangeEvent extends Event {
  private final boolean opened;

  SelectOpenedChangeEvent(EventContext context, UserEvent e) {
    super(context, e.getKey());
    this.opened = Payloads.bool(e);
  }

  /** True when the list opened, false when it closed. */
  public boolean opened() {
    return opened;
  }
}
