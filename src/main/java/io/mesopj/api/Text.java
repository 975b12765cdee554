package io.mesopj.api;

import io.mesopj.protocol.components.TextProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;

/** Plain text (never interpreted as HTML), optionally in a Material typography style. */
public final class Text extends Component<Text> {
  private Text(RenderContext context, Node node) {
    super(context, node);
  }

  static Text create(RenderContext context, String text, Typography typography) {
    TextProps.Builder props = TextProps.newBuilder().setText(text == null ? "" : text);
    if (typography != null) {
      props.setTypography(typography.cssName());
    }
    return new Text(context, Component.add(context, "text", props));
  }
}
