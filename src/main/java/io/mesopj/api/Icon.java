package io.mesopj.api;

import io.mesopj.protocol.components.IconProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;

/**
 * A Material Symbols icon by name, e.g. {@code "home"} or {@code "favorite"} (see
 * fonts.google.com/icons). The font is served by the app itself. Size and colour it with
 * {@code Style.of().fontSize(32).color(...)}.
 */
public final class Icon extends Component<Icon> {
  private Icon(RenderContext context, Node node) {
    super(context, node);
  }

  static Icon create(RenderContext context, String icon) {
    return new Icon(context, Component.add(context, "icon", IconProps.newBuilder().setIcon(icon == null ? "" : icon)));
  }
}
