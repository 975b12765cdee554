package io.mesopj.api;

import io.mesopj.protocol.UserEvent;
import io.mesopj.internal.core.EventContext;

/** A click on a button or a clickable box. */
public final class ClickEvent extends Event {
  private final boolean target;

  ClickEvent(EventContext context, UserEvent e) {
    super(context, e.getKey());
    if (e.getPayloadCase() != UserEvent.PayloadCase.CLICK
        && e.getPayloadCase() != UserEvent.PayloadCase.PAYLOAD_NOT_SET) {
      throw new IllegalArgumentException("expected a click, got " + e.getPayloadCase());
    }
    this.target = !e.hasClick() || e.getClick().getIsTarget();
  }

  /** True when the click hit the component itself rather than one of its children. */
  public boolean isTarget() {
    return target;
  }
}
