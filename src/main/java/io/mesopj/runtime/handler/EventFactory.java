package io.mesopj.runtime.handler;

import io.mesopj.api.Event;
import io.mesopj.protocol.UserEvent;
import io.mesopj.runtime.EventContext;

/** Turns a wire UserEvent into the typed event object a handler receives. */
@FunctionalInterface
public interface EventFactory<E extends Event> {
  /** Throws IllegalArgumentException when the payload does not fit the event type. */
  E create(EventContext context, UserEvent event);
}
