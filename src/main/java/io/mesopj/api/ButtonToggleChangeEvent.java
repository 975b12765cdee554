package io.mesopj.api;

import io.mesopj.protocol.UserEvent;
import io.mesopj.internal.core.EventContext;
import java.util.List;

/** The user changed which buttons of a button toggle are selected. */
public final class ButtonToggleChangeEvent extends Event {
  private final List<String> values;

  ButtonToggleChangeEvent(EventContext context, UserEvent e) {
    super(context, e.getKey());
    this.values = Payloads.stringList(e);
  }

  /** The selected buttons' values, in the order of the buttons. */
  public List<String> values() {
    return values;
  }

  /** The first selected value, or "" when none: the choice of a single-selection toggle. */
  public String value() {
    return values.isEmpty() ? "" : values.get(0);
  }
}
