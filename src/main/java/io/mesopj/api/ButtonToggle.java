package io.mesopj.api;

import io.mesopj.protocol.components.ButtonToggleProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;
import java.util.Collection;
import java.util.List;

/** A row of toggle buttons: one selected, or several with {@link #multiple(boolean)}. */
public final class ButtonToggle extends Component<ButtonToggle> {
  private final ButtonToggleProps.Builder props;

  private ButtonToggle(RenderContext context, Node node, ButtonToggleProps.Builder props) {
    super(context, node);
    this.props = props;
  }

  static ButtonToggle create(RenderContext context, List<Option> buttons, Handler<ButtonToggleChangeEvent> onChange) {
    ButtonToggleProps.Builder props = ButtonToggleProps.newBuilder().addAllButtons(Choices.options(buttons));
    return new ButtonToggle(context, Component.add(context, "button_toggle", props), props).onChange(onChange);
  }

  /** The selected button of a single-selection toggle ("" or null: none). */
  public ButtonToggle value(String value) {
    props.clearValues();
    if (value != null && !value.isEmpty()) {
      props.addValues(value);
    }
    return this;
  }

  /** The selected buttons of a {@link #multiple(boolean) multiple} toggle. */
  public ButtonToggle values(Collection<String> values) {
    props.clearValues().addAllValues(Choices.values(values));
    return this;
  }

  /** Each button toggles on its own instead of one being selected at a time. */
  public ButtonToggle multiple(boolean multiple) {
    props.setMultiple(multiple);
    return this;
  }

  public ButtonToggle disabled(boolean disabled) {
    props.setDisabled(disabled);
    return this;
  }

  /** No check mark on selected buttons (their colour still shows it). */
  public ButtonToggle hideSelectionIndicator(boolean hide) {
    props.setHideSelectionIndicator(hide);
    return this;
  }

  /** Called with the selected values each time the user changes them. */
  public ButtonToggle onChange(Handler<ButtonToggleChangeEvent> handler) {
    props.setOnChange(Handlers.id(context, handler, ButtonToggleChangeEvent::new));
    return this;
  }
}
