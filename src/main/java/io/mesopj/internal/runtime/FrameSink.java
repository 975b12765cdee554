package io.mesopj.internal.runtime;

import io.mesopj.protocol.ServerError;
import io.mesopj.protocol.UiResponse;

/**
 * Where a request's response frames go (an SSE response, a WebSocket). Frames are sent in
 * order from one thread at a time. Implementations never throw on a client that went away:
 * they drop the frames, so the handler finishes and its state is still saved.
 */
public interface FrameSink {
  void send(UiResponse frame);

  /**
   * Sends what was written so far to the network now (a streaming handler's flush). Without it
   * frames may wait in a buffer until the response ends, so an ordinary event's frames leave in
   * one write.
   */
  default void push() {}

  /** Ends the response with an error: an HTTP error status if nothing was sent yet, else an error frame. */
  void fail(ServerError error);

  /** Ends the response normally (sends the end frame). */
  void end();
}
