package io.mesopj.api;

import io.mesopj.internal.core.HandlerInvoker;
import io.mesopj.internal.core.RenderContext;

/** Registers an app's handler with the render under way, with the factory of its typed event. */
final class Handlers {
  private Handlers() {}

  /** The handler's stable id ("" for no handler). */
  static <E extends Event> String id(RenderContext context, Handler<E> handler, EventFactory<E> factory) {
    if (handler == null) {
      return "";
    }
    HandlerInvoker invoker = (ctx, event) -> {
      E typed = factory.create(ctx, event);
      return () -> handler.handle(typed);
    };
    try {
      return context.handler(handler, invoker);
    } catch (io.mesopj.internal.core.UnstableHandlerException e) {
      throw new MesopException(e.getMessage(), e.getCause());
    }
  }
}
