package io.mesopj.api;

import io.mesopj.protocol.UserEvent;
import io.mesopj.internal.core.EventContext;

/** The text of an input changed (sent after a short pause in typing). */
public final class InputEvent extends Event {
  private final String value;

  InputEvent(EventContext context, UserEvent e) {
    super(context, e.getKey());
    this.value = requireString(e);
  }

  /** The field's whole text. */
  public String value() {
    return value;
  }
}
