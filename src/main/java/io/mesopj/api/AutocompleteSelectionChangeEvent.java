package io.mesopj.api;

import io.mesopj.protocol.UserEvent;
import io.mesopj.internal.core.EventContext;

/** The user chose one of an autocomplete's suggestions (by click, or arrow keys and Enter). */
public final class AutocompleteSelectionChangeEvent extends Event {
  private final String value;

  AutocompleteSelectionChangeEvent(EventContext context, UserEvent e) {
    super(context, e.getKey());
    this.value = requireString(e);
  }

  /** The chosen option's value (now also the field's text). */
  public String value() {
    return value;
  }
}
