package io.mesopj.api;

import io.mesopj.protocol.components.CardActionsProps;
import io.mesopj.runtime.RenderContext;
import io.mesopj.runtime.tree.Node;

/** The row of buttons at the bottom of a {@link Card} (Mesop's {@code me.card_actions}). */
public final class CardActions extends Component<CardActions> {
  private CardActions(RenderContext context, Node node) {
    super(context, node);
  }

  static CardActions create(RenderContext context, CardActionsAlign align, Runnable children) {
    CardActionsProps.Builder props = CardActionsProps.newBuilder()
        .setAlign(align == null ? "" : align.wireName());
    Node node = context.add("card_actions", props);
    if (children != null) {
      context.within(node, children);
    }
    return new CardActions(context, node);
  }
}
