package io.mesopj.api;

import io.mesopj.protocol.components.MarkdownProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;

/** GitHub-flavoured markdown, sanitised in the browser; fenced code blocks are highlighted. */
public final class Markdown extends Component<Markdown> {
  private Markdown(RenderContext context, Node node) {
    super(context, node);
  }

  static Markdown create(RenderContext context, String markdown) {
    return new Markdown(context, Component.add(context, "markdown",
        MarkdownProps.newBuilder().setText(markdown == null ? "" : markdown)));
  }
}
