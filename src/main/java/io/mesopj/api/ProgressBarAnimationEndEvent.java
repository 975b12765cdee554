package io.mesopj.api;

import io.mesopj.protocol.UserEvent;
import io.mesopj.internal.core.EventContext;

/** A progress bar finished animating to its value. */
public final class ProgressBarAnimationEndEvent extends Event {
  private final double value;

  ProgressBarAnimationEndEvent(EventContext context, UserEvent e) {
    super(context, e.getKey());
    if (e.getPayloadCase() != UserEvent.PayloadCase.DOUBLE_VALUE) {
      throw new IllegalArgumentException("expected a progress value, got " + e.getPayloadCase());
    }
    double v = e.getDoubleValue();
    if (!(v >= 0 && v <= 100)) {
      throw new IllegalArgumentException("progress value out of range 0..100: " + v);
    }
    this.value = v;
  }

  /** The value, in percent, that the bar shows now. */
  public double value() {
    return value;
  }
}
