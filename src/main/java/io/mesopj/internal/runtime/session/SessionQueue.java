package io.mesopj.internal.runtime.session;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Orders the events of one session that reach this node: each waits for the one before it
 * (a chain of futures, no thread waits). A cache of in-flight work only; the store's lease
 * orders events across nodes.
 */
final class SessionQueue {
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

  private final ConcurrentHashMap<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

  /** A place in the session's line. */
  final class Ticket {
    private final String token;
    private final CompletableFuture<Void> mine;
    private final CompletableFuture<Void> before;

    private Ticket(String token, CompletableFuture<Void> mine, CompletableFuture<Void> before) {
      this.token = token;
      this.mine = mine;
      this.before = before;
    }

    /** Completes when every earlier ticket of the session has left. */
    CompletableFuture<Void> turn() {
      return before;
    }

    /** Lets the next ticket go. Idempotent. */
    void leave() {
      if (mine.complete(null)) {
        tails.remove(token, mine);
      }
    }
  }

  Ticket enter(String token) {
    CompletableFuture<Void> mine = new CompletableFuture<>();
    CompletableFuture<Void> before = tails.put(token, mine);
    return new Ticket(token, mine, before == null ? DONE : before);
  }

  /** Sessions with events in flight on this node. */
  int size() {
    return tails.size();
  }
}
