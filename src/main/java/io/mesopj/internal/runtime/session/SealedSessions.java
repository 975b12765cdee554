package io.mesopj.internal.runtime.session;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.mesopj.protocol.SessionUpdate;
import io.mesopj.protocol.UserEvent;
import io.mesopj.protocol.internal.SessionRecord;
import io.mesopj.internal.runtime.StateCodec;
import io.mesopj.internal.core.UiException;
import io.mesopj.internal.state.StateSealer;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Backend "none": the state travels with the browser, sealed (encrypted and authenticated), as
 * in Mesop's default but tamper-proof. Nodes sharing the sealing key can serve any event; the
 * browser sends one event at a time, which orders a session's events.
 */
public final class SealedSessions implements SessionStates {
  private final StateSealer sealer;
  private final StateCodec codec;
  private final Clock clock;
  private final Duration ttl;
  private final long maxStateBytes;

  public SealedSessions(StateSealer sealer, StateCodec codec, Clock clock, Duration ttl, long maxStateBytes) {
    this.sealer = sealer;
    this.codec = codec;
    this.clock = clock;
    this.ttl = ttl;
    this.maxStateBytes = maxStateBytes;
  }

  private final class Handle extends RecordHandle {
    Handle(SessionRecord record) {
      super(codec, record, REMEMBERED_EVENTS_SEALED);
    }

    @Override
    public SessionUpdate commit(String eventId) {
      byte[] plain = next(eventId).toBuilder().setWrittenAtMillis(clock.millis()).build().toByteArray();
      StateLimits.check(plain.length, maxStateBytes);
      return SessionUpdate.newBuilder().setSealedState(ByteString.copyFrom(sealer.seal(plain))).build();
    }

    @Override
    public SessionUpdate checkpoint(String eventId) {
      return commit(eventId); // nothing is held: a sealed state is just handed out
    }

    @Override
    public void release() {}
  }

  /** Sealed state has no other writer, so a connection may keep using a handle across events. */
  @Override
  public boolean reusable() {
    return true;
  }

  @Override
  public SessionHandle create() {
    return new Handle(SessionRecord.getDefaultInstance());
  }

  @Override
  public CompletableFuture<SessionHandle> open(UserEvent event) {
    if (!event.getStateToken().isEmpty()) {
      throw UiException.badRequest("This server keeps session state in the browser, but the event carries a"
          + " state token. Reload the page.");
    }
    if (event.getSealedState().isEmpty()) {
      throw UiException.badRequest("The event carries no session state. Reload the page.");
    }
    byte[] plain;
    try {
      plain = sealer.open(event.getSealedState().toByteArray());
    } catch (StateSealer.SealException e) {
      throw UiException.badRequest(e.getMessage());
    }
    SessionRecord record;
    try {
      record = SessionRecord.parseFrom(plain);
    } catch (InvalidProtocolBufferException e) {
      throw UiException.badRequest("The session state sent by the browser is damaged. Reload the page.");
    }
    if (record.getWrittenAtMillis() + ttl.toMillis() < clock.millis()) {
      throw new UiException(410, "Your session expired after " + ttl.toMinutes()
          + " minutes without use. Reload the page to start again.");
    }
    return CompletableFuture.completedFuture(new Handle(record));
  }

  @Override
  public void checkReady() {}
}
