package io.mesopj.internal.runtime;

import io.mesopj.protocol.Command;
import io.mesopj.protocol.Component;
import io.mesopj.protocol.UiResponse;
import java.util.List;

/**
 * The client's tree for a WebSocket connection: the last tree sent on it, whichever event sent
 * it. Computing a frame and sending it happen under one lock, so frames reach the client in the
 * order their diffs assume.
 */
public final class ConnectionView implements ClientView {
  private Component lastSent;

  @Override
  public synchronized void traced(Component tree, boolean fullRender) {
    if (fullRender) {
      lastSent = null; // the client lost track (error, reconnect): the next frame carries the whole tree
    }
  }

  @Override
  public synchronized void render(Component tree, List<Command> commands, FrameSink sink) {
    UiResponse frame = RenderFrames.frame(lastSent, tree, commands);
    if (frame != null) {
      sink.send(frame);
      lastSent = tree;
    }
  }
}
