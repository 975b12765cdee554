package io.mesopj.api;

import java.time.LocalDate;
import java.util.List;

/** Components the user acts on: buttons, text fields, choices, dates, files. Part of {@link Ui}. */
public sealed interface InputComponents permits Ui {
  /** A text button; {@code onClick} runs when it is clicked. */
  default Button button(String label, Handler<ClickEvent> onClick) {
    return Button.create(Ui.contextOf(this), label, onClick, null);
  }

  /** A button of the given kind (raised, flat, stroked, text; icon shows {@code label} as an icon name). */
  default Button button(String label, Handler<ClickEvent> onClick, ButtonType type) {
    return Button.create(Ui.contextOf(this), label, onClick, null).type(type);
  }

  /** A button whose content is any components (icon and text, say). */
  default Button button(Handler<ClickEvent> onClick, Runnable content) {
    return Button.create(Ui.contextOf(this), null, onClick, content);
  }

  /** A single-line Material text field; see {@link Input#type(InputType)} for numbers, dates, ... */
  default Input input(String label) {
    return Input.create(Ui.contextOf(this), label);
  }

  /** A multi-line Material text field. */
  default Textarea textarea(String label) {
    return Textarea.create(Ui.contextOf(this), label);
  }

  /** A plain browser {@code <textarea>} without the Material frame, styled by the app. */
  default NativeTextarea nativeTextarea() {
    return NativeTextarea.create(Ui.contextOf(this));
  }

  /** A checkbox with a label. */
  default Checkbox checkbox(String label, boolean checked, Handler<CheckboxChangeEvent> onChange) {
    return Checkbox.create(Ui.contextOf(this), label, checked, onChange);
  }

  /** A group of radio buttons; {@code value} is the chosen option's value ("" for none). */
  default Radio radio(List<Option> options, String value, Handler<RadioChangeEvent> onChange) {
    return Radio.create(Ui.contextOf(this), options, value, onChange);
  }

  /**
   * A select over options and option groups. Set the choice with {@link Select#value(String)}, or
   * {@link Select#multiple(boolean)} and {@link Select#values(java.util.Collection)}.
   */
  default Select select(String label, List<? extends OptionEntry> options, Handler<SelectionChangeEvent> onSelectionChange) {
    return Select.create(Ui.contextOf(this), label, options, onSelectionChange);
  }

  /** A slider from 0 to 100 in steps of 1 unless {@link Slider#min}, {@link Slider#max}, {@link Slider#step} say otherwise. */
  default Slider slider(double value, Handler<SliderValueChangeEvent> onValueChange) {
    return Slider.create(Ui.contextOf(this), value, onValueChange);
  }

  /** A switch with a label. */
  default SlideToggle slideToggle(String label, boolean checked, Handler<SlideToggleChangeEvent> onChange) {
    return SlideToggle.create(Ui.contextOf(this), label, checked, onChange);
  }

  /**
   * A row of toggle buttons. Set the selection with {@link ButtonToggle#value(String)}, or
   * {@link ButtonToggle#multiple(boolean)} and {@link ButtonToggle#values(java.util.Collection)}.
   */
  default ButtonToggle buttonToggle(List<Option> buttons, Handler<ButtonToggleChangeEvent> onChange) {
    return ButtonToggle.create(Ui.contextOf(this), buttons, onChange);
  }

  /** A text field suggesting options (and option groups) that match what is typed. */
  default Autocomplete autocomplete(String label, List<? extends OptionEntry> options) {
    return Autocomplete.create(Ui.contextOf(this), label, options);
  }

  /** A date field; {@code value} may be null (empty). */
  default DatePicker datePicker(String label, LocalDate value, Handler<DateChangeEvent> onChange) {
    return DatePicker.create(Ui.contextOf(this), label, value, onChange);
  }

  /** Start and end date fields in one frame; either date may be null (empty). */
  default DateRangePicker dateRangePicker(String label, LocalDate start, LocalDate end,
      Handler<DateRangeChangeEvent> onChange) {
    return DateRangePicker.create(Ui.contextOf(this), label, start, end, onChange);
  }

  /** A button labelled {@code label} that lets the user choose files and sends them to {@code onUpload}. */
  default Uploader uploader(String label, Handler<UploadEvent> onUpload) {
    return Uploader.create(Ui.contextOf(this), label, onUpload, null);
  }

  /** An uploader whose button shows any components (icon and text, say). */
  default Uploader uploader(Handler<UploadEvent> onUpload, Runnable content) {
    return Uploader.create(Ui.contextOf(this), null, onUpload, content);
  }
}
