package io.mesopj.api;

import io.mesopj.protocol.UserEvent;
import io.mesopj.internal.core.EventContext;

/** Enter was pressed in an autocomplete without choosing a suggestion. */
public final class AutocompleteEnterEvent extends Event {
  private final String value;

  AutocompleteEnterEvent(EventContext context, UserEvent e) {
    super(context, e.getKey());
    this.value = requireString(e);
  }

  /** The text in the field. */
  public String value() {
    return value;
  }
}
