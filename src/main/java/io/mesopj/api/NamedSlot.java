package io.mesopj.api;

import io.mesopj.protocol.components.SlotProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;

/**
 * Renders components into a named slot of the enclosing element (a sidenav's drawer, a dialog's
 * actions): a "slot" node whose element assigns itself to that slot in the browser.
 */
final class NamedSlot {
  private NamedSlot() {}

  static Node render(RenderContext context, String name, Runnable content) {
    Node node = Component.add(context, "slot", SlotProps.newBuilder().setName(name));
    context.within(node, content);
    return node;
  }
}
