package io.mesopj.api;

import io.mesopj.internal.core.EventContext;
import io.mesopj.protocol.UserEvent;

/** Turns a wire UserEvent into the typed event object a handler receives. */
@FunctionalInterface
interface EventFactory<E extends Event> {
  /** Throws IllegalArgumentException when the payload does not fit the event type. */
  E create(EventContext context, UserEvent event);
}
