package io.mesopj.api;

import io.mesopj.protocol.components.DatePickerProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;
import java.time.LocalDate;

/** A date field with the browser's calendar, in a Material frame. */
public final class DatePicker extends Component<DatePicker> {
  private final DatePickerProps.Builder props;

  private DatePicker(RenderContext context, Node node, DatePickerProps.Builder props) {
    super(context, node);
    this.props = props;
  }

  static DatePicker create(RenderContext context, String label, LocalDate value, Handler<DateChangeEvent> onChange) {
    DatePickerProps.Builder props = DatePickerProps.newBuilder().setLabel(label == null ? "" : label)
        .setValue(iso(value));
    return new DatePicker(context, Component.add(context, "date_picker", props), props).onChange(onChange);
  }

  static String iso(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  /** The date shown (null: none); shown again only when it changes on the server. */
  public DatePicker value(LocalDate value) {
    props.setValue(iso(value));
    return this;
  }

  /** Called with the date once the user has picked or typed a complete, valid one. */
  public DatePicker onChange(Handler<DateChangeEvent> handler) {
    props.setOnChange(Handlers.id(context, handler, DateChangeEvent::new));
    return this;
  }

  /** Earliest date the calendar offers. */
  public DatePicker min(LocalDate min) {
    props.setMin(iso(min));
    return this;
  }

  /** Latest date the calendar offers. */
  public DatePicker max(LocalDate max) {
    props.setMax(iso(max));
    return this;
  }

  public DatePicker disabled(boolean disabled) {
    props.setDisabled(disabled);
    return this;
  }

  public DatePicker readonly(boolean readonly) {
    props.setReadonly(readonly);
    return this;
  }

  public DatePicker required(boolean required) {
    props.setRequired(required);
    return this;
  }

  /** Outlined instead of filled. */
  public DatePicker outlined() {
    props.setAppearance("outline");
    return this;
  }

  /** Supporting text under the field. */
  public DatePicker hint(String hint) {
    props.setHint(hint == null ? "" : hint);
    return this;
  }
}
