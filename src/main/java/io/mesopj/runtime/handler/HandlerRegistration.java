package io.mesopj.runtime.handler;

import io.mesopj.api.Event;
import io.mesopj.api.Handler;

/** A handler found by a render, with the factory for the event it expects. */
public final class HandlerRegistration<E extends Event> {
  private final Handler<E> handler;
  private final EventFactory<E> factory;

  public HandlerRegistration(Handler<E> handler, EventFactory<E> factory) {
    this.handler = handler;
    this.factory = factory;
  }

  public Handler<E> handler() {
    return handler;
  }

  public EventFactory<E> factory() {
    return factory;
  }
}
