package io.mesopj.internal.runtime;

import io.mesopj.protocol.Command;
import io.mesopj.protocol.Component;
import io.mesopj.protocol.RenderEvent;
import io.mesopj.protocol.TreePatch;
import io.mesopj.protocol.UiResponse;
import io.mesopj.internal.runtime.tree.TreeDiff;
import java.util.List;

/** Builds a render frame from the client's tree and the new one. */
final class RenderFrames {
  private RenderFrames() {}

  /** The frame that takes the client from {@code base} (null: unknown) to {@code tree}; null when nothing changes. */
  static UiResponse frame(Component base, Component tree, List<Command> commands) {
    RenderEvent.Builder ev = RenderEvent.newBuilder();
    if (base == null) {
      ev.setRoot(tree);
    } else {
      TreePatch patch = TreeDiff.diff(base, tree);
      if (patch.getPatchesCount() == 0 && commands.isEmpty()) {
        return null;
      }
      if (patch.getPatchesCount() > 0) {
        ev.setPatch(patch);
      }
    }
    ev.addAllCommands(commands);
    return UiResponse.newBuilder().setRender(ev).build();
  }
}
