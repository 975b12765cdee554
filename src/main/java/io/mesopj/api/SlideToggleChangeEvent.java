package io.mesopj.api;

import io.mesopj.protocol.UserEvent;
import io.mesopj.internal.core.EventContext;

/** A slide toggle was switched on or off. */
public final class SlideToggleChangeEvent extends Event {
  private final boolean checked;

  SlideToggleChangeEvent(EventContext context, UserEvent e) {
    super(context, e.getKey());
    this.checked = Payloads.bool(e);
  }

  /** The new state: true when on. */
  public boolean checked() {
    return checked;
  }
}
