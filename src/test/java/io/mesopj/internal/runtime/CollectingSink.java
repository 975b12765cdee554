package io.mesopj.internal.runtime;

import io.mesopj.protocol.ServerError;
import io.mesopj.protocol.UiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A FrameSink that keeps what it is sent, for tests of the runtime without a container. */
class CollectingSink implements FrameSink {
  final List<UiResponse> frames = new ArrayList<>();
  ServerError failure;
  final CompletableFuture<Void> done = new CompletableFuture<>();

  @Override
  public synchronized void send(UiResponse frame) {
    frames.add(frame);
  }

  @Override
  public synchronized void fail(ServerError error) {
    if (frames.isEmpty()) {
      failure = error;
    } else {
      frames.add(UiResponse.newBuilder().setError(error).build());
    }
    done.complete(null);
  }

  @Override
  public synchronized void end() {
    frames.add(UiResponse.newBuilder().setEnd(io.mesopj.protocol.StreamEnd.getDefaultInstance()).build());
    done.complete(null);
  }

  synchronized List<UiResponse> renders() {
    return frames.stream().filter(UiResponse::hasRender).toList();
  }

  synchronized io.mesopj.protocol.SessionUpdate session() {
    return frames.stream().filter(UiResponse::hasSession).findFirst().orElseThrow().getSession();
  }
}
