package io.mesopj.api;

import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;

/**
 * A component in the tree being rendered. Ui's factory methods create it in place; its
 * fluent setters refine it until the render ends.
 *
 * @param <C> the concrete component type, for fluent setters
 */
public abstract class Component<C extends Component<C>> {
  final RenderContext context;
  final Node node;

  Component(RenderContext context, Node node) {
    this.context = context;
    this.node = node;
  }

  /**
   * Identity across renders: a keyed component keeps its element (focus, typed text) when its
   * siblings change, and handlers receive the key in {@link Event#key()}.
   */
  public C key(String key) {
    node.key(key);
    return self();
  }

  /** Inline style; replaces any style set before. */
  public C style(Style style) {
    node.style(style == null ? null : style.toProto());
    return self();
  }

  /** Adds a component where the render is; only while the page renders. */
  static Node add(RenderContext context, String type, com.google.protobuf.Message.Builder props) {
    if (context.finished()) {
      throw new MesopException("Components can only be created while the page renders, not in a handler"
          + " or another thread.");
    }
    return context.add(type, props);
  }

  @SuppressWarnings("unchecked")
  final C self() {
    return (C) this;
  }
}
