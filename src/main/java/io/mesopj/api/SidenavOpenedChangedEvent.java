package io.mesopj.api;

import io.mesopj.protocol.UserEvent;
import io.mesopj.internal.core.EventContext;

/** The user closed a sidenav (Escape, or a click on the scrim in {@link SidenavMode#OVER} mode). */
public final class SidenavOpenedChangedEvent extends Event {
  private final boolean opened;

  SidenavOpenedChangedEvent(EventContext context, UserEvent e) {
    super(context, e.getKey());
    this.opened = requireBool(e);
  }

  /** The state the user asked for; keep it in state and pass it back to {@code ui.sidenav}. */
  public boolean opened() {
    return opened;
  }

  static boolean requireBool(UserEvent e) {
    if (e.getPayloadCase() != UserEvent.PayloadCase.BOOL_VALUE) {
      throw new IllegalArgumentException("expected true or false, got " + e.getPayloadCase());
    }
    return e.getBoolValue();
  }
}
