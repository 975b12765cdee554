package io.mesopj.api;

import io.mesopj.protocol.components.HtmlProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;

/** Application-provided HTML, sanitised or sandboxed (see {@link HtmlMode}). */
public final class Html extends Component<Html> {
  private Html(RenderContext context, Node node) {
    super(context, node);
  }

  static Html create(RenderContext context, String html, HtmlMode mode) {
    HtmlProps.Builder props = HtmlProps.newBuilder().setHtml(html == null ? "" : html)
        .setMode((mode == null ? HtmlMode.SANITIZED : mode).wireName());
    return new Html(context, Component.add(context, "html", props));
  }
}
