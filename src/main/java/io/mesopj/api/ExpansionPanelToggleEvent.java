package io.mesopj.api;

import io.mesopj.protocol.UserEvent;
import io.mesopj.internal.core.EventContext;

/**
 * An expansion panel was opened or closed by the user (Mesop's {@code ExpansionPanelToggleEvent}).
 * In a single-open {@link Accordion}, opening a panel first closes the open one, which sends its
 * own event with {@code opened() == false}.
 */
public final class ExpansionPanelToggleEvent extends Event {
  private final boolean opened;

  ExpansionPanelToggleEvent(EventContext context, UserEvent e) {
    super(context, e.getKey());
    this.opened = SidenavOpenedChangedEvent.requireBool(e);
  }

  /** True when the panel opened, false when it closed. */
  public boolean opened() {
    return opened;
  }
}
