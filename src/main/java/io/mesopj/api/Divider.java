package io.mesopj.api;

import io.mesopj.protocol.components.DividerProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;

/** A thin horizontal line that separates content (Mesop's {@code me.divider}). */
public final class Divider extends Component<Divider> {
  private final DividerProps.Builder props;

  private Divider(RenderContext context, Node node, DividerProps.Builder props) {
    super(context, node);
    this.props = props;
  }

  static Divider create(RenderContext context) {
    DividerProps.Builder props = DividerProps.newBuilder();
    return new Divider(context, Component.add(context, "divider", props), props);
  }

  /** Indents the line on the leading side (16px), as between list items. */
  public Divider inset(boolean inset) {
    props.setInset(inset);
    return this;
  }
}
