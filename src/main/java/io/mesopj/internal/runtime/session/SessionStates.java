package io.mesopj.internal.runtime.session;

import io.mesopj.protocol.UserEvent;
import java.util.concurrent.CompletableFuture;

/** How a request gets at its session's state: sealed in the client, or in a server-side store. */
public interface SessionStates extends AutoCloseable {
  /** A new, empty session for a page load. */
  SessionHandle create();

  /**
   * The session an event belongs to. Completes once this request may update it exclusively
   * (after earlier events of the session, on any node); waits without holding a thread.
   * Fails with UiException for a bad, unknown or expired session.
   */
  CompletableFuture<SessionHandle> open(UserEvent event);

  /**
   * True when a handle stays valid after commit (no lease, no other writer), so a WebSocket
   * connection may keep one session's states across its events.
   */
  default boolean reusable() {
    return false;
  }

  /** Throws if the state backend cannot serve now (readiness). */
  void checkReady();

  @Override
  default void close() {}
}
