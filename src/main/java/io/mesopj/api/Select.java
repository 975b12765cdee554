package io.mesopj.api;

import io.mesopj.protocol.components.SelectProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;
import java.util.Collection;
import java.util.List;

/** A Material select: a field that opens a list of options, optionally grouped. */
public final class Select extends Component<Select> {
  private final SelectProps.Builder props;

  private Select(RenderContext context, Node node, SelectProps.Builder props) {
    super(context, node);
    this.props = props;
  }

  static Select create(RenderContext context, String label, List<? extends OptionEntry> options,
      Handler<SelectionChangeEvent> onSelectionChange) {
    SelectProps.Builder props = SelectProps.newBuilder().setLabel(label == null ? "" : label)
        .addAllOptions(Choices.entries(options));
    return new Select(context, Component.add(context, "select", props), props).onSelectionChange(onSelectionChange);
  }

  /** The chosen value of a single select ("" or null: none). */
  public Select value(String value) {
    props.clearValues();
    if (value != null && !value.isEmpty()) {
      props.addValues(value);
    }
    return this;
  }

  /** The chosen values of a {@link #multiple(boolean) multiple} select. */
  public Select values(Collection<String> values) {
    props.clearValues().addAllValues(Choices.values(values));
    return this;
  }

  /** Lets the user choose several options; the list stays open while they do. */
  public Select multiple(boolean multiple) {
    props.setMultiple(multiple);
    return this;
  }

  /** Shown in the field while nothing is chosen. */
  public Select placeholder(String placeholder) {
    props.setPlaceholder(placeholder == null ? "" : placeholder);
    return this;
  }

  public Select disabled(boolean disabled) {
    props.setDisabled(disabled);
    return this;
  }

  /** Outlined instead of filled. */
  public Select outlined() {
    props.setAppearance("outline");
    return this;
  }

  /** Called with the chosen value(s) each time the user changes them. */
  public Select onSelectionChange(Handler<SelectionChangeEvent> handler) {
    props.setOnSelectionChange(Handlers.id(context, handler, SelectionChangeEvent::new));
    return this;
  }

  /** Called when the list of options opens or closes. */
  public Select onOpenedChange(Handler<SelectOpenedChangeEvent> handler) {
    props.setOnOpenedChange(Handlers.id(context, handler, SelectOpenedChangeEvent::new));
    return this;
  }
}
