package io.mesopj.internal.core;

import io.mesopj.protocol.UserEvent;

/**
 * Calls an application handler without the runtime knowing its event type: the API builds one
 * per handler it registers, with the factory of the handler's typed event.
 */
@FunctionalInterface
public interface HandlerInvoker {
  /**
   * Builds the typed event from the wire event and returns the call that runs the handler with
   * it. Throws IllegalArgumentException when the event does not fit the handler's event type
   * (a client error), before any application code runs.
   */
  Call bind(EventContext context, UserEvent event);

  /** One handler invocation, ready to run. */
  @FunctionalInterface
  interface Call {
    void run() throws Exception;
  }
}
