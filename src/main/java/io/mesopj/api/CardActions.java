package io.mesopj.api;

import io.mesopj.protocol.components.CardActionsProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;

/** The row of buttons at the bottom of a {@link Card} (Mesop's {@code me.card_actions}). */
public final class CardActions extends Component<CardActions> {
  private CardActions(RenderContext context, Node node) {
    super(context, node);
  }

  static CardActions create(RenderContext context, CardActionsAlign align, Runnable children) {
    CardActionsProps.Builder props = CardActionsProps.newBuilder()
        .setAlign(align == null ? "" : align.wireName());
    Node node = Component.add(context, "card_actions", props);
    if (children != null) {
      context.within(node, children);
    }
    return new CardActions(context, node);
  }
}
