package io.mesopj.api;

import io.mesopj.protocol.UserEvent;
import io.mesopj.internal.core.EventContext;
import java.time.LocalDate;

/** The user set both ends of a date range picker (sent once both are valid dates). */
public final class DateRangeChangeEvent extends Event {
  private final LocalDate start;
  private final LocalDate end;

  DateRangeChangeEvent(EventContext context, UserEvent e) {
    super(context, e.getKey());
    if (e.getPayloadCase() != UserEvent.PayloadCase.DATE_RANGE) {
      throw new IllegalArgumentException("expected a date range, got " + e.getPayloadCase());
    }
    this.start = Payloads.date("the start date", e.getDateRange().getStart());
    this.end = Payloads.date("the end date", e.getDateRange().getEnd());
    if (start.isAfter(end)) {
      throw new IllegalArgumentException("the start date " + start + " is after the end date " + end);
    }
  }

  /** First day of the range. */
  public LocalDate start() {
    return start;
  }

  /** Last day of the range (never before {@link #start()}). */
  public LocalDate end() {
    return end;
  }
}
