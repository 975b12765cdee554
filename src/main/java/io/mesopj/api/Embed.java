package io.mesopj.api;

import io.mesopj.protocol.components.EmbedProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;

/**
 * Another page in an iframe (Mesop's {@code me.embed}). Sandboxed as in Mesop (scripts, forms
 * and popups allowed). The page's Content-Security-Policy lets frames come from the app itself and
 * from https: sites; the embedded site must allow being framed. Size it with
 * {@link #style(Style)} (default 100% wide, 400px high).
 */
public final class Embed extends Component<Embed> {
  private Embed(RenderContext context, Node node) {
    super(context, node);
  }

  static Embed create(RenderContext context, String src) {
    return new Embed(context, Component.add(context, "embed",
        EmbedProps.newBuilder().setSrc(Urls.requireWebUrl(src, "ui.embed(src)"))));
  }
}
