package io.mesopj.testsupport;

import com.google.protobuf.InvalidProtocolBufferException;
import io.mesopj.protocol.ClickPayload;
import io.mesopj.protocol.Component;
import io.mesopj.protocol.SessionUpdate;
import io.mesopj.protocol.UiRequest;
import io.mesopj.protocol.UserEvent;
import io.mesopj.protocol.components.ButtonProps;
import java.util.UUID;

/**
 * A page loaded through a {@link ClusterClient}: its session and the handler ids of its first
 * tree. With a server-side store the session token never changes, so many threads may click on
 * one page at once (many clients on one session); with sealed state (backend none) the state
 * changes with every event, so one thread clicks at a time, as one browser tab does.
 *
 * <p>A session remembers its last 64 applied events (RecordHandle.REMEMBERED_EVENTS; 16 for sealed state):
 * a retry is recognised only if fewer than 64 other events of the session were applied since its
 * first attempt. One browser tab guarantees that (it sends nothing else until the event is
 * answered); many clients on one session do not. So, as the contract requires, while an event
 * whose attempt may have been applied (a cut stream, an error frame) is being retried, the
 * clients of its page start no new event: only the events already in flight (one per client,
 * fewer than 64 when fewer than 64 clients share the page) can be applied before the retry.
 */
public final class ClusterPage {
  private final ClusterClient client;
  private final String path;
  private final Component firstTree;
  private volatile SessionUpdate session;
  private final Object gate = new Object();
  /** Events of this page being retried after an attempt that may have been applied. */
  private int unsettled;

  ClusterPage(ClusterClient client, String path, ClusterClient.Reply load) {
    this.client = client;
    this.path = path;
    this.firstTree = load.root();
    this.session = load.session();
  }

  public SessionUpdate session() {
    return session;
  }

  /** The tree of the page load. */
  public Component firstTree() {
    return firstTree;
  }

  /** A click on the keyed button, with a fresh event id (not sent). */
  public UserEvent.Builder click(String key) {
    return UserEvent.newBuilder().setStateToken(session.getStateToken()).setSealedState(session.getSealedState())
        .setHandlerId(handler(key)).setKey(key).setEventId(UUID.randomUUID().toString())
        .setClick(ClickPayload.newBuilder().setIsTarget(true));
  }

  /** Clicks the keyed button until the click is acknowledged; returns the acknowledging answer. */
  public ClusterClient.Reply clickUntilAcknowledged(String key) throws InterruptedException {
    return deliver(click(key));
  }

  /**
   * Sends an event until it is acknowledged (retries carry the same event id and ask for a full
   * render), keeps the session it brings and returns the answer.
   */
  public ClusterClient.Reply deliver(UserEvent.Builder event) throws InterruptedException {
    UserEvent first = event.build();
    UserEvent retry = first.toBuilder().setFullRender(true).build();
    synchronized (gate) {
      while (unsettled > 0) {
        gate.wait();
      }
    }
    boolean[] holding = {false};
    try {
      ClusterClient.Reply r = client.deliver(again -> request(again ? retry : first), () -> {
        if (!holding[0]) {
          holding[0] = true;
          synchronized (gate) {
            unsettled++;
          }
        }
      });
      session = r.session();
      return r;
    } finally {
      if (holding[0]) {
        synchronized (gate) {
          unsettled--;
          gate.notifyAll();
        }
      }
    }
  }

  /** Events of this page now being retried after an attempt that may have been applied. */
  public int unsettled() {
    synchronized (gate) {
      return unsettled;
    }
  }

  /** The UiRequest carrying {@code event} for this page. */
  public UiRequest request(UserEvent event) {
    return UiRequest.newBuilder().setPath(path).setUserEvent(event).build();
  }

  /** The click handler id of the keyed button (stable across nodes and restarts). */
  public String handler(String key) {
    Component c = UiClient.find(firstTree, key);
    if (c == null) {
      throw new IllegalStateException("no component with key '" + key + "' on " + path);
    }
    try {
      return ButtonProps.parseFrom(c.getProps()).getOnClick();
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException(e);
    }
  }
}
