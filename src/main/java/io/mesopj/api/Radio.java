package io.mesopj.api;

import io.mesopj.protocol.components.RadioProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;
import java.util.List;

/** A group of Material radio buttons: the user chooses one option. */
public final class Radio extends Component<Radio> {
  private final RadioProps.Builder props;

  private Radio(RenderContext context, Node node, RadioProps.Builder props) {
    super(context, node);
    this.props = props;
  }

  static Radio create(RenderContext context, List<Option> options, String value,
      Handler<RadioChangeEvent> onChange) {
    RadioProps.Builder props = RadioProps.newBuilder().addAllOptions(Choices.options(options))
        .setValue(value == null ? "" : value);
    return new Radio(context, Component.add(context, "radio", props), props).onChange(onChange);
  }

  /** Called with the chosen value when the user picks an option. */
  public Radio onChange(Handler<RadioChangeEvent> handler) {
    props.setOnChange(Handlers.id(context, handler, RadioChangeEvent::new));
    return this;
  }

  public Radio disabled(boolean disabled) {
    props.setDisabled(disabled);
    return this;
  }

  public Radio color(ThemeColor color) {
    props.setColor(color == null ? "" : color.wireName());
    return this;
  }

  /** One option per line (the default is a row that wraps). */
  public Radio vertical(boolean vertical) {
    props.setVertical(vertical);
    return this;
  }

  /** Labels before their buttons instead of after. */
  public Radio labelBefore(boolean before) {
    props.setLabelBefore(before);
    return this;
  }
}
