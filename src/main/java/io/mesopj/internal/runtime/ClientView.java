package io.mesopj.internal.runtime;

import io.mesopj.protocol.Command;
import io.mesopj.protocol.Component;
import java.util.List;

/**
 * What the browser shows, as far as the server knows: the base that render frames are diffed
 * against. Over SSE it lives for one request (the trace render is the base); over a WebSocket
 * it lives as long as the connection, shared by every event on it, so diffs stay right even
 * when events run concurrently.
 */
public interface ClientView {
  /** The trace render of an event: the tree the client shows, unless it asked for a full render. */
  void traced(Component tree, boolean fullRender);

  /**
   * Sends {@code tree} (as a diff when the base is known, whole otherwise) plus commands, and
   * makes it the new base. Sends nothing when neither the tree nor the commands changed anything.
   */
  void render(Component tree, List<Command> commands, FrameSink sink);
}
