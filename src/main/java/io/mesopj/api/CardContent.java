package io.mesopj.api;

import io.mesopj.protocol.components.CardContentProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;

/** The padded body of a {@link Card} (Mesop's {@code me.card_content}). */
public final class CardContent extends Component<CardContent> {
  private CardContent(RenderContext context, Node node) {
    super(context, node);
  }

  static CardContent create(RenderContext context, Runnable children) {
    Node node = Component.add(context, "card_content", CardContentProps.newBuilder());
    if (children != null) {
      context.within(node, children);
    }
    return new CardContent(context, node);
  }
}
