package io.mesopj.api;

import io.mesopj.protocol.UserEvent;
import io.mesopj.internal.core.EventContext;
import java.util.List;

/** The user changed what is chosen in a select. */
public final class SelectionChangeEvent extends Event {
  private final List<String> values;

  SelectionChangeEvent(EventContext context, UserEvent e) {
    super(context, e.getKey());
    this.values = Payloads.stringList(e);
  }

  /** The chosen values in the order of the options (one for a single select; empty when none). */
  public List<String> values() {
    return values;
  }

  /** The first chosen value, or "" when none: the choice of a single select. */
  public String value() {
    return values.isEmpty() ? "" : values.get(0);
  }
}
