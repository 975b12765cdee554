package io.mesopj.api;

import io.mesopj.protocol.components.CheckboxProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;

/** A Material checkbox with a label. */
public final class Checkbox extends Component<Checkbox> {
  private final CheckboxProps.Builder props;

  private Checkbox(RenderContext context, Node node, CheckboxProps.Builder props) {
    super(context, node);
    this.props = props;
  }

  static Checkbox create(RenderContext context, String label, boolean checked,
      Handler<CheckboxChangeEvent> onChange) {
    CheckboxProps.Builder props = CheckboxProps.newBuilder().setLabel(label == null ? "" : label)
        .setChecked(checked);
    Checkbox box = new Checkbox(context, Component.add(context, "checkbox", props), props);
    return box.onChange(onChange);
  }

  public Checkbox onChange(Handler<CheckboxChangeEvent> handler) {
    props.setOnChange(Handlers.id(context, handler, CheckboxChangeEvent::new));
    return this;
  }

  public Checkbox disabled(boolean disabled) {
    props.setDisabled(disabled);
    return this;
  }

  /** Shows the "partly checked" dash. */
  public Checkbox indeterminate(boolean indeterminate) {
    props.setIndeterminate(indeterminate);
    return this;
  }
}
