package io.mesopj.api;

import io.mesopj.protocol.components.ButtonProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;

/** A Material button with a label, or with any components as its content. */
public final class Button extends Component<Button> {
  private final ButtonProps.Builder props;

  private Button(RenderContext context, Node node, ButtonProps.Builder props) {
    super(context, node);
    this.props = props;
  }

  static Button create(RenderContext context, String label, Handler<ClickEvent> onClick, Runnable content) {
    ButtonProps.Builder props = ButtonProps.newBuilder();
    if (label != null) {
      props.setLabel(label);
    }
    Node node = Component.add(context, "button", props);
    Button button = new Button(context, node, props).onClick(onClick);
    if (content != null) {
      context.within(node, content);
    }
    return button;
  }

  public Button onClick(Handler<ClickEvent> handler) {
    props.setOnClick(Handlers.id(context, handler, ClickEvent::new));
    return this;
  }

  public Button type(ButtonType type) {
    props.setKind(type == null ? "" : type.wireName());
    return this;
  }

  public Button color(ThemeColor color) {
    props.setColor(color == null ? "" : color.wireName());
    return this;
  }

  public Button disabled(boolean disabled) {
    props.setDisabled(disabled);
    return this;
  }
}
