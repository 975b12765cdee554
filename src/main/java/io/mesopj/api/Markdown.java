package io.mesopj.api;

import io.mesopj.protocol.components.MarkdownProps;
import io.mesopj.runtime.RenderContext;
import io.mesopj.runtime.tree.Node;

/** GitHub-flavoured markdown, sanitised in the browser; fenced code blocks are highlighted. */
public final class Markdown extends Component<Markdown> {
  private Markdown(RenderContext context, Node node) {
    super(context, node);
  }

  static Markdown create(RenderContext context, String markdown) {
    return new Markdown(context, context.add("markdown",
        MarkdownProps.newBuilder().setText(markdown == null ? "" : markdown)));
  }
}
