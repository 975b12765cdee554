package io.mesopj.api;

import io.mesopj.protocol.components.SidenavProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;

/**
 * A drawer beside the page content (Mesop's {@code me.sidenav}), opened and closed from state.
 * Give it a height (e.g. {@code Style.of().height("100vh")}) when it frames a whole page.
 */
public final class Sidenav extends Component<Sidenav> {
  private final SidenavProps.Builder props;

  private Sidenav(RenderContext context, Node node, SidenavProps.Builder props) {
    super(context, node);
    this.props = props;
  }

  static Sidenav create(RenderContext context, boolean opened, Runnable drawer, Runnable content) {
    if (drawer == null) {
      throw new MesopException("ui.sidenav(opened, drawer, content) needs the drawer's components");
    }
    SidenavProps.Builder props = SidenavProps.newBuilder().setOpened(opened);
    Node node = Component.add(context, "sidenav", props);
    context.within(node, () -> {
      NamedSlot.render(context, "drawer", drawer);
      if (content != null) {
        content.run();
      }
    });
    return new Sidenav(context, node, props);
  }

  /** Which side the drawer is on (default {@link SidenavPosition#START}). */
  public Sidenav position(SidenavPosition position) {
    props.setPosition(position == null ? "" : position.wireName());
    return this;
  }

  /** Beside the content (default) or over it. */
  public Sidenav mode(SidenavMode mode) {
    props.setMode(mode == null ? "" : mode.wireName());
    return this;
  }

  /** When true, Escape and the scrim do not close the drawer (Mesop's {@code disable_close}). */
  public Sidenav disableClose(boolean disableClose) {
    props.setDisableClose(disableClose);
    return this;
  }

  /** Drawer width in pixels (default 256). */
  public Sidenav width(int px) {
    props.setWidth(Math.max(0, px));
    return this;
  }

  /**
   * Called when the user closes the drawer (Escape while focus is in it, or the scrim in
   * {@link SidenavMode#OVER} mode); set your state from {@link SidenavOpenedChangedEvent#opened()}.
   */
  public Sidenav onOpenedChanged(Handler<SidenavOpenedChangedEvent> handler) {
    props.setOnOpenedChanged(Handlers.id(context, handler, SidenavOpenedChangedEvent::new));
    return this;
  }
}
