package io.mesopj.api;

import io.mesopj.protocol.components.CardContentProps;
import io.mesopj.runtime.RenderContext;
import io.mesopj.runtime.tree.Node;

/** The padded body of a {@link Card} (Mesop's {@code me.card_content}). */
public final class CardContent extends Component<CardContent> {
  private CardContent(RenderContext context, Node node) {
    super(context, node);
  }

  static CardContent create(RenderContext context, Runnable children) {
    Node node = context.add("card_content", CardContentProps.newBuilder());
    if (children != null) {
      context.within(node, children);
    }
    return new CardContent(context, node);
  }
}
