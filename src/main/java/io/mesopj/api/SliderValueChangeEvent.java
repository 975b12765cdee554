package io.mesopj.api;

import io.mesopj.protocol.UserEvent;
import io.mesopj.internal.core.EventContext;

/** The user moved a slider (sent when the thumb is released or a key moved it). */
public final class SliderValueChangeEvent extends Event {
  private final double value;

  SliderValueChangeEvent(EventContext context, UserEvent e) {
    super(context, e.getKey());
    this.value = Payloads.finiteDouble(e);
  }

  /** The slider's new value. */
  public double value() {
    return value;
  }
}
