package io.mesopj.api;

import io.mesopj.protocol.components.LinkProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;

/**
 * A hyperlink (Mesop's {@code me.link}). A path starting with {@code /} is a page of this app
 * and gets the servlet context path in front, as {@link Event#navigate(String)} does.
 */
public final class Link extends Component<Link> {
  private final LinkProps.Builder props;

  private Link(RenderContext context, Node node, LinkProps.Builder props) {
    super(context, node);
    this.props = props;
  }

  static Link create(RenderContext context, String text, String url) {
    LinkProps.Builder props = LinkProps.newBuilder().setText(text == null ? "" : text)
        .setUrl(Urls.requireWebUrl(url, "ui.link(\"" + text + "\", url)"));
    return new Link(context, Component.add(context, "link", props), props);
  }

  /** Opens the target in a new tab (with {@code rel="noopener"}) instead of this one. */
  public Link openInNewTab(boolean newTab) {
    props.setNewTab(newTab);
    return this;
  }
}
