package io.mesopj.api;

import io.mesopj.protocol.UserEvent;
import io.mesopj.internal.core.EventContext;

/** Enter was pressed in a single-line input. */
public final class InputEnterEvent extends Event {
  private final String value;

  InputEnterEvent(EventContext context, UserEvent e) {
    super(context, e.getKey());
    this.value = requireString(e);
  }

  /** The field's whole text. */
  public String value() {
    return value;
  }
}
