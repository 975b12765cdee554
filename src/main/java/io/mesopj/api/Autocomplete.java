package io.mesopj.api;

import io.mesopj.protocol.components.AutocompleteProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;
import java.util.List;

/**
 * A text field that suggests options as the user types: the browser filters them by label
 * (case-insensitive substring), the user may pick one or type anything.
 */
public final class Autocomplete extends Component<Autocomplete> {
  private final AutocompleteProps.Builder props;

  private Autocomplete(RenderContext context, Node node, AutocompleteProps.Builder props) {
    super(context, node);
    this.props = props;
  }

  static Autocomplete create(RenderContext context, String label, List<? extends OptionEntry> options) {
    AutocompleteProps.Builder props = AutocompleteProps.newBuilder().setLabel(label == null ? "" : label)
        .addAllOptions(Choices.entries(options));
    return new Autocomplete(context, Component.add(context, "autocomplete", props), props);
  }

  /** The text in the field; shown again only when it changes on the server. */
  public Autocomplete value(String value) {
    props.setValue(value == null ? "" : value);
    return this;
  }

  public Autocomplete placeholder(String placeholder) {
    props.setPlaceholder(placeholder == null ? "" : placeholder);
    return this;
  }

  public Autocomplete disabled(boolean disabled) {
    props.setDisabled(disabled);
    return this;
  }

  public Autocomplete readonly(boolean readonly) {
    props.setReadonly(readonly);
    return this;
  }

  /** Outlined instead of filled. */
  public Autocomplete outlined() {
    props.setAppearance("outline");
    return this;
  }

  /** Called with the typed text after a short pause in typing. */
  public Autocomplete onInput(Handler<InputEvent> handler) {
    props.setOnInput(Handlers.id(context, handler, InputEvent::new));
    return this;
  }

  /** Called with the field's text when Enter is pressed without a highlighted suggestion. */
  public Autocomplete onEnter(Handler<AutocompleteEnterEvent> handler) {
    props.setOnEnter(Handlers.id(context, handler, AutocompleteEnterEvent::new));
    return this;
  }

  /** Called with the option's value when the user picks a suggestion. */
  public Autocomplete onSelectionChange(Handler<AutocompleteSelectionChangeEvent> handler) {
    props.setOnSelectionChange(Handlers.id(context, handler, AutocompleteSelectionChangeEvent::new));
    return this;
  }
}
