package io.mesopj.api;

import io.mesopj.protocol.UserEvent;
import io.mesopj.internal.core.EventContext;

/** An input lost focus. */
public final class InputBlurEvent extends Event {
  private final String value;

  InputBlurEvent(EventContext context, UserEvent e) {
    super(context, e.getKey());
    this.value = requireString(e);
  }

  /** The field's whole text. */
  public String value() {
    return value;
  }
}
