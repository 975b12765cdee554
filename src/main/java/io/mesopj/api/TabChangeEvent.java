package io.mesopj.api;

import io.mesopj.protocol.UserEvent;
import io.mesopj.internal.core.EventContext;

/** The user chose a tab (click, or Enter/Space on a focused tab). */
public final class TabChangeEvent extends Event {
  private final int index;

  TabChangeEvent(EventContext context, UserEvent e) {
    super(context, e.getKey());
    if (e.getPayloadCase() != UserEvent.PayloadCase.INT_VALUE) {
      throw new IllegalArgumentException("expected a tab index, got " + e.getPayloadCase());
    }
    long value = e.getIntValue();
    if (value < 0 || value > Tabs.MAX_TABS) {
      throw new IllegalArgumentException("tab index " + value + " is out of range");
    }
    this.index = (int) value;
  }

  /** Index of the chosen tab, from 0 in the order the tabs were added. */
  public int index() {
    return index;
  }
}
