package io.mesopj.api;

import io.mesopj.protocol.components.InputProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;

/**
 * What every text field ({@link Input}, {@link Textarea}, {@link NativeTextarea}) shares: value,
 * placeholder, states and events.
 *
 * @param <C> the concrete field type
 */
public abstract class TextField<C extends TextField<C>> extends Component<C> {
  final InputProps.Builder props;

  TextField(RenderContext context, Node node, InputProps.Builder props) {
    super(context, node);
    this.props = props;
  }

  /** The text shown. Keep it in state and update it from {@link #onInput}. */
  public C value(String value) {
    props.setValue(value == null ? "" : value);
    return self();
  }

  public C placeholder(String placeholder) {
    props.setPlaceholder(placeholder == null ? "" : placeholder);
    return self();
  }

  public C disabled(boolean disabled) {
    props.setDisabled(disabled);
    return self();
  }

  public C readonly(boolean readonly) {
    props.setReadonly(readonly);
    return self();
  }

  /** Called with the whole text after the user pauses typing (debounced in the browser). */
  public C onInput(Handler<InputEvent> handler) {
    props.setOnInput(Handlers.id(context, handler, InputEvent::new));
    return self();
  }

  /** Milliseconds of quiet before {@link #onInput} fires (default 300). */
  public C debounceMillis(int millis) {
    props.setDebounceMs(Math.max(0, millis));
    return self();
  }

  /** Called when the field loses focus. */
  public C onBlur(Handler<InputBlurEvent> handler) {
    props.setOnBlur(Handlers.id(context, handler, InputBlurEvent::new));
    return self();
  }

  /** Runs {@code handler} when this key combination is pressed in the field. */
  public C shortcut(Shortcut shortcut, Handler<ShortcutEvent> handler) {
    props.addShortcuts(io.mesopj.protocol.components.Shortcut.newBuilder().setKey(shortcut.key())
        .setShift(shortcut.shift()).setCtrl(shortcut.ctrl()).setAlt(shortcut.alt()).setMeta(shortcut.meta())
        .setHandlerId(Handlers.id(context, handler, ShortcutEvent::new)));
    return self();
  }
}
