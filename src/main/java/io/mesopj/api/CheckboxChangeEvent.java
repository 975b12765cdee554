package io.mesopj.api;

import io.mesopj.protocol.UserEvent;
import io.mesopj.internal.core.EventContext;

/** A checkbox was ticked or unticked. */
public final class CheckboxChangeEvent extends Event {
  private final boolean checked;

  CheckboxChangeEvent(EventContext context, UserEvent e) {
    super(context, e.getKey());
    if (e.getPayloadCase() != UserEvent.PayloadCase.BOOL_VALUE) {
      throw new IllegalArgumentException("expected true or false, got " + e.getPayloadCase());
    }
    this.checked = e.getBoolValue();
  }

  /** The new state. */
  public boolean checked() {
    return checked;
  }
}
