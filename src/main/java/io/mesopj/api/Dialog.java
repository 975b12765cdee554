package io.mesopj.api;

import io.mesopj.protocol.components.DialogProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;

/**
 * A modal dialog, open while {@code opened} (from state) is true. While it is open the rest of
 * the page is inert and keyboard focus stays inside it. Escape or a click on the scrim calls
 * {@link #onClose} (without a handler the dialog cannot be dismissed that way); the dialog
 * closes when the state says so. Its content is rendered only while it is open.
 */
public final class Dialog extends Component<Dialog> {
  private final DialogProps.Builder props;

  private Dialog(RenderContext context, Node node, DialogProps.Builder props) {
    super(context, node);
    this.props = props;
  }

  static Dialog create(RenderContext context, boolean opened, Runnable content, Runnable actions) {
    DialogProps.Builder props = DialogProps.newBuilder().setOpened(opened);
    Node node = Component.add(context, "dialog", props);
    if (opened) {
      context.within(node, () -> {
        if (content != null) {
          content.run();
        }
        if (actions != null) {
          NamedSlot.render(context, "actions", actions);
        }
      });
    }
    return new Dialog(context, node, props);
  }

  /** The headline, also the dialog's accessible name. */
  public Dialog title(String title) {
    props.setTitle(title == null ? "" : title);
    return this;
  }

  /** Called when the user presses Escape or clicks the scrim; set your opened state to false. */
  public Dialog onClose(Handler<DialogCloseEvent> handler) {
    props.setOnClose(Handlers.id(context, handler, DialogCloseEvent::new));
    return this;
  }
}
