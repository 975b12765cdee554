package io.mesopj.api;

import io.mesopj.protocol.components.InputProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;

/** A single-line Material text field. */
public final class Input extends MaterialTextField<Input> {
  private Input(RenderContext context, Node node, InputProps.Builder props) {
    super(context, node, props);
  }

  static Input create(RenderContext context, String label) {
    InputProps.Builder props = InputProps.newBuilder().setLabel(label == null ? "" : label);
    return new Input(context, Component.add(context, "input", props), props);
  }

  /** The kind of input: text (default), password, email, number, date, colour, ... */
  public Input type(InputType type) {
    props.setType(type == null ? "" : type.wireName());
    return this;
  }

  /** An HTML input type by name, for types {@link InputType} does not list. */
  public Input type(String type) {
    props.setType(type == null ? "" : type);
    return this;
  }

  /** Called when Enter is pressed. */
  public Input onEnter(Handler<InputEnterEvent> handler) {
    props.setOnEnter(Handlers.id(context, handler, InputEnterEvent::new));
    return this;
  }
}
