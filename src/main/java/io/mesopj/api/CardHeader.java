package io.mesopj.api;

import io.mesopj.protocol.components.CardHeaderProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;

/** The title row of a {@link Card} (Mesop's {@code me.card_header}): title, subtitle, image. */
public final class CardHeader extends Component<CardHeader> {
  private final CardHeaderProps.Builder props;

  private CardHeader(RenderContext context, Node node, CardHeaderProps.Builder props) {
    super(context, node);
    this.props = props;
  }

  static CardHeader create(RenderContext context, String title, String subtitle) {
    CardHeaderProps.Builder props = CardHeaderProps.newBuilder().setTitle(title == null ? "" : title)
        .setSubtitle(subtitle == null ? "" : subtitle);
    return new CardHeader(context, Component.add(context, "card_header", props), props);
  }

  /**
   * An image (a URL the page's Content-Security-Policy allows: same origin, {@code data:}, or
   * sources added with {@code @SecurityPolicy}) shown as {@code type}.
   */
  public CardHeader image(String url, CardImageType type) {
    props.setImage(url == null ? "" : url).setImageType(type == null ? "" : type.wireName());
    return this;
  }
}
