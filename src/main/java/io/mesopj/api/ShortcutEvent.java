package io.mesopj.api;

import io.mesopj.protocol.UserEvent;
import io.mesopj.internal.core.EventContext;

/** A keyboard shortcut registered on a textarea or input was pressed. */
public final class ShortcutEvent extends Event {
  private final Shortcut shortcut;
  private final String value;

  ShortcutEvent(EventContext context, UserEvent e) {
    super(context, e.getKey());
    if (e.getPayloadCase() != UserEvent.PayloadCase.SHORTCUT) {
      throw new IllegalArgumentException("expected a shortcut, got " + e.getPayloadCase());
    }
    var s = e.getShortcut();
    this.shortcut = new Shortcut(s.getKey(), s.getShift(), s.getCtrl(), s.getAlt(), s.getMeta());
    this.value = s.getValue();
  }

  /** Which combination was pressed. */
  public Shortcut shortcut() {
    return shortcut;
  }

  /** The field's whole text when the shortcut was pressed. */
  public String value() {
    return value;
  }
}
