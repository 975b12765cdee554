package io.mesopj.api;

import io.mesopj.protocol.components.TooltipProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;

/**
 * Shows a short message while the pointer rests on its content or keyboard focus is inside it
 * (Mesop's {@code me.tooltip}, a content component). Escape hides it.
 */
public final class Tooltip extends Component<Tooltip> {
  private final TooltipProps.Builder props;

  private Tooltip(RenderContext context, Node node, TooltipProps.Builder props) {
    super(context, node);
    this.props = props;
  }

  static Tooltip create(RenderContext context, String message, Runnable content) {
    TooltipProps.Builder props = TooltipProps.newBuilder().setMessage(message == null ? "" : message);
    Node node = Component.add(context, "tooltip", props);
    if (content != null) {
      context.within(node, content);
    }
    return new Tooltip(context, node, props);
  }

  /** Where the message appears (default {@link TooltipPosition#LEFT}, as in Mesop). */
  public Tooltip position(TooltipPosition position) {
    props.setPosition(position == null ? "" : position.wireName());
    return this;
  }

  /** Places the message at the pointer rather than beside the content. */
  public Tooltip positionAtOrigin(boolean atOrigin) {
    props.setPositionAtOrigin(atOrigin);
    return this;
  }

  public Tooltip disabled(boolean disabled) {
    props.setDisabled(disabled);
    return this;
  }

  /** Delay before the message shows, in milliseconds (default 0). */
  public Tooltip showDelayMs(int ms) {
    props.setShowDelayMs(Math.max(0, ms));
    return this;
  }

  /** Delay before the message hides, in milliseconds (default 0). */
  public Tooltip hideDelayMs(int ms) {
    props.setHideDelayMs(Math.max(0, ms));
    return this;
  }
}
