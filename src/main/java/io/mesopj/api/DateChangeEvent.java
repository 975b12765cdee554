package io.mesopj.api;

import io.mesopj.protocol.UserEvent;
import io.mesopj.internal.core.EventContext;
import java.time.LocalDate;

/** The user picked or typed a complete, valid date in a date picker. */
public final class DateChangeEvent extends Event {
  private final LocalDate date;

  DateChangeEvent(EventContext context, UserEvent e) {
    super(context, e.getKey());
    this.date = Payloads.date("the date", requireString(e));
  }

  /** The chosen date. */
  public LocalDate date() {
    return date;
  }
}
