package io.mesopj.api;

import io.mesopj.protocol.components.BoxProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;

/** A layout container (Mesop's {@code me.box}); style it with flex or grid. */
public final class Box extends Component<Box> {
  private final BoxProps.Builder props;

  private Box(RenderContext context, Node node, BoxProps.Builder props) {
    super(context, node);
    this.props = props;
  }

  static Box create(RenderContext context, Style style, Runnable children) {
    BoxProps.Builder props = BoxProps.newBuilder();
    Node node = Component.add(context, "box", props);
    node.style(style == null ? null : style.toProto());
    if (children != null) {
      context.within(node, children);
    }
    return new Box(context, node, props);
  }

  /** Makes the box clickable. */
  public Box onClick(Handler<ClickEvent> handler) {
    props.setOnClick(Handlers.id(context, handler, ClickEvent::new));
    return this;
  }
}
