package io.mesopj.internal.server;

import io.mesopj.protocol.ServerError;
import io.mesopj.protocol.StreamEnd;
import io.mesopj.protocol.UiResponse;
import io.mesopj.internal.runtime.FrameSink;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;

/**
 * Frames of one request on a WebSocket connection: binary UiResponse messages tagged with the
 * request's event id. Sends of all requests on a connection go through one lock (a Jakarta
 * WebSocket endpoint allows one send at a time), in order. A closed connection drops frames;
 * the handler still finishes and its state is still saved.
 */
final class SocketFrameSink implements FrameSink {
  private final Session session;
  private final Object sendLock;
  private final String eventId;
  private final CompletableFuture<Void> rendered = new CompletableFuture<>();
  private boolean closed;

  SocketFrameSink(Session session, Object sendLock, String eventId) {
    this.session = session;
    this.sendLock = sendLock;
    this.eventId = eventId;
  }

  /** Completes when the request sent its first render (a streaming handler's first flush) or ended. */
  CompletableFuture<Void> renderedOrEnded() {
    return rendered;
  }

  @Override
  public void send(UiResponse frame) {
    try {
      write(frame);
    } finally {
      if (frame.hasRender() || frame.hasEnd()) {
        rendered.complete(null);
      }
    }
  }

  private void write(UiResponse frame) {
    synchronized (sendLock) {
      if (closed || !session.isOpen()) {
        return;
      }
      try {
        session.getBasicRemote().sendBinary(ByteBuffer.wrap(frame.toBuilder().setEventId(eventId).build()
            .toByteArray()));
      } catch (IOException | IllegalStateException e) {
        // the client went away; it will reconnect and retry
      }
    }
  }

  @Override
  public void fail(ServerError error) {
    send(UiResponse.newBuilder().setError(error).build());
    end();
  }

  @Override
  public void end() {
    synchronized (sendLock) {
      if (closed) {
        return;
      }
      send(UiResponse.newBuilder().setEnd(StreamEnd.getDefaultInstance()).build());
      closed = true;
    }
  }
}
