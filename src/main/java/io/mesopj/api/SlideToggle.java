package io.mesopj.api;

import io.mesopj.protocol.components.SlideToggleProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;

/** A Material switch with a label: on or off. */
public final class SlideToggle extends Component<SlideToggle> {
  private final SlideToggleProps.Builder props;

  private SlideToggle(RenderContext context, Node node, SlideToggleProps.Builder props) {
    super(context, node);
    this.props = props;
  }

  static SlideToggle create(RenderContext context, String label, boolean checked,
      Handler<SlideToggleChangeEvent> onChange) {
    SlideToggleProps.Builder props = SlideToggleProps.newBuilder().setLabel(label == null ? "" : label)
        .setChecked(checked);
    return new SlideToggle(context, Component.add(context, "slide_toggle", props), props).onChange(onChange);
  }

  /** Called with the new state when the user switches it. */
  public SlideToggle onChange(Handler<SlideToggleChangeEvent> handler) {
    props.setOnChange(Handlers.id(context, handler, SlideToggleChangeEvent::new));
    return this;
  }

  public SlideToggle disabled(boolean disabled) {
    props.setDisabled(disabled);
    return this;
  }

  /** Hides the check and cross icons inside the handle. */
  public SlideToggle hideIcon(boolean hide) {
    props.setHideIcon(hide);
    return this;
  }

  /** The label before the switch instead of after. */
  public SlideToggle labelBefore(boolean before) {
    props.setLabelBefore(before);
    return this;
  }

  public SlideToggle color(ThemeColor color) {
    props.setColor(color == null ? "" : color.wireName());
    return this;
  }
}
