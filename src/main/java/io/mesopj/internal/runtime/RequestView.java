package io.mesopj.internal.runtime;

import io.mesopj.protocol.Command;
import io.mesopj.protocol.Component;
import io.mesopj.protocol.UiResponse;
import java.util.List;

/** The client's tree for one SSE request: unknown until the trace render says what it shows. */
public final class RequestView implements ClientView {
  private Component base;

  @Override
  public synchronized void traced(Component tree, boolean fullRender) {
    base = fullRender ? null : tree;
  }

  @Override
  public synchronized void render(Component tree, List<Command> commands, FrameSink sink) {
    UiResponse frame = RenderFrames.frame(base, tree, commands);
    if (frame != null) {
      sink.send(frame);
      base = tree;
    }
  }
}
