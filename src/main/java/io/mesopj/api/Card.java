package io.mesopj.api;

import io.mesopj.protocol.components.CardProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;

/**
 * A Material card (Mesop's {@code me.card}): a surface that groups a {@link CardHeader},
 * {@link CardContent} and {@link CardActions}, or any components.
 */
public final class Card extends Component<Card> {
  private final CardProps.Builder props;

  private Card(RenderContext context, Node node, CardProps.Builder props) {
    super(context, node);
    this.props = props;
  }

  static Card create(RenderContext context, Runnable children) {
    CardProps.Builder props = CardProps.newBuilder();
    Node node = Component.add(context, "card", props);
    if (children != null) {
      context.within(node, children);
    }
    return new Card(context, node, props);
  }

  /** Outlined (default), elevated or filled. */
  public Card appearance(CardAppearance appearance) {
    props.setAppearance(appearance == null ? "" : appearance.wireName());
    return this;
  }
}
