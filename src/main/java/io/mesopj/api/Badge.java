package io.mesopj.api;

import io.mesopj.protocol.components.BadgeProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;

/**
 * A small count or label on the corner of its content (Mesop's {@code me.badge}, a content
 * component), e.g. the number of unread messages on an icon.
 */
public final class Badge extends Component<Badge> {
  private final BadgeProps.Builder props;

  private Badge(RenderContext context, Node node, BadgeProps.Builder props) {
    super(context, node);
    this.props = props;
  }

  static Badge create(RenderContext context, String content, Runnable children) {
    BadgeProps.Builder props = BadgeProps.newBuilder().setContent(content == null ? "" : content);
    Node node = Component.add(context, "badge", props);
    if (children != null) {
      context.within(node, children);
    }
    return new Badge(context, node, props);
  }

  /** Colour (default {@link ThemeColor#PRIMARY}). */
  public Badge color(ThemeColor color) {
    props.setColor(color == null ? "" : color.wireName());
    return this;
  }

  /** Puts the badge over the content's corner rather than just outside it. */
  public Badge overlap(boolean overlap) {
    props.setOverlap(overlap);
    return this;
  }

  /** Greys the badge out. */
  public Badge disabled(boolean disabled) {
    props.setDisabled(disabled);
    return this;
  }

  public Badge position(BadgePosition position) {
    props.setPosition(position == null ? "" : position.wireName());
    return this;
  }

  /** What screen readers announce for the badge (e.g. "3 unread messages"). */
  public Badge description(String description) {
    props.setDescription(description == null ? "" : description);
    return this;
  }

  public Badge size(BadgeSize size) {
    props.setSize(size == null ? "" : size.wireName());
    return this;
  }

  /** Hides the badge while keeping its content. */
  public Badge hidden(boolean hidden) {
    props.setHidden(hidden);
    return this;
  }
}
