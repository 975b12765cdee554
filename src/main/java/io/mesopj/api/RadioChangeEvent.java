package io.mesopj.api;

import io.mesopj.protocol.UserEvent;
import io.mesopj.internal.core.EventContext;

/** The user chose an option of a radio group. */
public final class RadioChangeEvent extends Event {
  private final String value;

  RadioChangeEvent(EventContext context, UserEvent e) {
    super(context, e.getKey());
    this.value = requireString(e);
  }

  /** The chosen option's value. */
  public String value() {
    return value;
  }
}
