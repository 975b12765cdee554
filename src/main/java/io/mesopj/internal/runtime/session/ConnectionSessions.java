package io.mesopj.internal.runtime.session;

import io.mesopj.protocol.SessionUpdate;
import io.mesopj.protocol.UserEvent;
import io.mesopj.internal.runtime.StateSet;
import java.util.concurrent.CompletableFuture;

/**
 * The session of one WebSocket connection. Events that overlap in time share one hold on the
 * session and one set of state objects, so each works on the latest state (concurrent updates):
 * the first opens the session in the backend (waiting for its lease), later ones join it; each
 * finished event checkpoints, the last one commits and lets go. With sealed client state the
 * connection keeps the states between events too, as events carry the blob they were sent with,
 * which may predate an answer still on its way.
 */
public final class ConnectionSessions implements SessionStates {
  private final SessionStates backend;
  private SessionHandle live;
  private CompletableFuture<SessionHandle> opening;
  private int running;

  public ConnectionSessions(SessionStates backend) {
    this.backend = backend;
  }

  @Override
  public synchronized SessionHandle create() {
    SessionHandle h = backend.create();
    if (backend.reusable()) {
      live = h;
    }
    return h;
  }

  @Override
  public synchronized CompletableFuture<SessionHandle> open(UserEvent event) {
    running++;
    if (live != null) {
      return CompletableFuture.completedFuture(new Joined(live));
    }
    if (opening != null) {
      return opening.thenApply(Joined::new); // join the open already under way
    }
    CompletableFuture<SessionHandle> o;
    try {
      o = backend.open(event);
    } catch (RuntimeException e) {
      running--;
      throw e;
    }
    opening = o;
    o.whenComplete((h, err) -> opened(o, h, err)); // may run at once, on this thread
    return o.thenApply(Joined::new);
  }

  private synchronized void opened(CompletableFuture<SessionHandle> o, SessionHandle h, Throwable err) {
    if (opening == o) {
      opening = null;
    }
    if (err != null) {
      running = 0; // every event waiting on this open fails with it
    } else {
      live = h;
    }
  }

  /** One event's share of the connection's hold. */
  private final class Joined implements SessionHandle {
    private final SessionHandle shared;
    private boolean finished;

    Joined(SessionHandle shared) {
      this.shared = shared;
    }

    @Override
    public StateSet states() {
      return shared.states();
    }

    @Override
    public boolean applied(String eventId) {
      return shared.applied(eventId);
    }

    @Override
    public SessionUpdate commit(String eventId) {
      synchronized (ConnectionSessions.this) {
        if (!leave()) {
          return shared.checkpoint(eventId);
        }
        try {
          return shared.commit(eventId);
        } finally {
          if (!backend.reusable()) {
            live = null;
          }
        }
      }
    }

    @Override
    public SessionUpdate checkpoint(String eventId) {
      return shared.checkpoint(eventId);
    }

    @Override
    public void release() {
      synchronized (ConnectionSessions.this) {
        if (leave() && !backend.reusable()) {
          shared.release();
          live = null;
        }
      }
    }

    /** Marks this event done; true when it was the last one running. */
    private boolean leave() {
      if (finished) {
        return false;
      }
      finished = true;
      running--;
      return running == 0;
    }
  }

  @Override
  public boolean reusable() {
    return backend.reusable();
  }

  @Override
  public void checkReady() {
    backend.checkReady();
  }
}
