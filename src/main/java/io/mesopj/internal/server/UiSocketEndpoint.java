package io.mesopj.internal.server;

import com.google.protobuf.InvalidProtocolBufferException;
import io.mesopj.protocol.UiRequest;
import io.mesopj.internal.runtime.ConnectionView;
import io.mesopj.internal.runtime.EventProcessor;
import io.mesopj.internal.core.UiException;
import io.mesopj.internal.runtime.session.ConnectionSessions;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One WebSocket connection of the UI (MESOP_WEB_SOCKETS_ENABLED): binary UiRequest messages in,
 * binary UiResponse frames out, tagged with their event id. Requests run on the application
 * executor in arrival order: one after another, or (concurrent updates) each as soon as the one
 * before it has rendered, so a streaming handler runs alongside later events. They share the
 * connection's view of the client's tree and its hold on the session. The connection
 * keeps nothing a later connection needs: after a reconnect, the next event brings its session.
 */
public final class UiSocketEndpoint extends Endpoint {
  private static final Logger LOG = Logger.getLogger(UiSocketEndpoint.class.getName());

  private final MesopWebApp app;
  private final EventProcessor processor;
  private final int maxMessage;
  private final boolean concurrent;
  private final ConnectionView view = new ConnectionView();
  private final Object sendLock = new Object();
  private ConnectionSessions sessions;
  private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);

  UiSocketEndpoint(MesopWebApp app, EventProcessor processor, int maxMessage) {
    this.app = app;
    this.processor = processor;
    this.maxMessage = maxMessage;
    this.concurrent = app.config().concurrentUpdates();
  }

  @Override
  public void onOpen(Session session, EndpointConfig config) {
    sessions = new ConnectionSessions(app.sessions());
    session.setMaxBinaryMessageBufferSize(maxMessage);
    session.setMaxIdleTimeout(0); // idle sockets are cheap; the client reconnects if a proxy drops one
    session.addMessageHandler(byte[].class, (MessageHandler.Whole<byte[]>) bytes -> received(session, bytes));
  }

  private void received(Session session, byte[] bytes) {
    UiRequest request;
    try {
      request = UiRequest.parseFrom(bytes);
    } catch (InvalidProtocolBufferException e) {
      new SocketFrameSink(session, sendLock, "").fail(app.errors().toServerError(
          UiException.badRequest("The message is not a valid UiRequest protobuf message.")));
      return;
    }
    String eventId = request.hasUserEvent() ? request.getUserEvent().getEventId() : "init";
    SocketFrameSink sink = new SocketFrameSink(session, sendLock, eventId);
    try {
      synchronized (this) {
        // Requests start in arrival order. Queued: each waits until the one before it has ended.
        // Concurrent: only until it has ended or sent its first render, so quick events (typing,
        // then Enter) keep their order while a streaming handler runs alongside later events.
        tail = tail.handle((ok, err) -> null).thenCompose(ignored -> {
          // The request may run its whole handler on the thread that starts it: start it on its own.
          CompletableFuture<Void> done = CompletableFuture
              .supplyAsync(() -> processor.process(request, sink, view, sessions), app.executor())
              .thenCompose(f -> f);
          return concurrent ? sink.renderedOrEnded() : done;
        });
      }
    } catch (RejectedExecutionException e) {
      sink.fail(app.errors().toServerError(new UiException(503, "The server is shutting down. Try again.", true, e)));
    }
  }

  @Override
  public void onClose(Session session, CloseReason reason) {
    LOG.fine(() -> "UI socket closed: " + reason);
  }

  @Override
  public void onError(Session session, Throwable error) {
    LOG.log(Level.FINE, "UI socket error", error);
  }
}
