package io.mesopj.api;

import io.mesopj.protocol.UserEvent;
import io.mesopj.internal.core.EventContext;

/**
 * The user asked to close a dialog: pressed Escape or clicked the scrim. The dialog stays open
 * until the handler sets its {@code opened} state to false.
 */
public final class DialogCloseEvent extends Event {
  DialogCloseEvent(EventContext context, UserEvent e) {
    super(context, e.getKey());
    if (e.getPayloadCase() != UserEvent.PayloadCase.PAYLOAD_NOT_SET) {
      throw new IllegalArgumentException("expected no payload, got " + e.getPayloadCase());
    }
  }
}
