package io.mesopj.api;

/** Components the user acts on: buttons, text fields, choices. Part of {@link Ui}. */
public interface InputComponents extends UiScope {
  default Button button(String label, Handler<ClickEvent> onClick) {
    return Button.create(renderContext(), label, onClick, null);
  }

  default Button button(String label, Handler<ClickEvent> onClick, ButtonType type) {
    return Button.create(renderContext(), label, onClick, null).type(type);
  }

  /** A button whose content is any components (icon and text, say). */
  default Button button(Handler<ClickEvent> onClick, Runnable content) {
    return Button.create(renderContext(), null, onClick, content);
  }

  default Input input(String label) {
    return Input.create(renderContext(), label);
  }

  default Textarea textarea(String label) {
    return Textarea.create(renderContext(), label);
  }

  default Checkbox checkbox(String label, boolean checked, Handler<CheckboxChangeEvent> onChange) {
    return Checkbox.create(renderContext(), label, checked, onChange);
  }
}
