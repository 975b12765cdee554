package io.mesopj.api;

import io.mesopj.protocol.components.DateRangePickerProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;
import java.time.LocalDate;

/** Two date fields, start and end, in one Material frame. */
public final class DateRangePicker extends Component<DateRangePicker> {
  private final DateRangePickerProps.Builder props;

  private DateRangePicker(RenderContext context, Node node, DateRangePickerProps.Builder props) {
    super(context, node);
    this.props = props;
  }

  static DateRangePicker create(RenderContext context, String label, LocalDate start, LocalDate end,
      Handler<DateRangeChangeEvent> onChange) {
    DateRangePickerProps.Builder props = DateRangePickerProps.newBuilder().setLabel(label == null ? "" : label)
        .setStart(DatePicker.iso(start)).setEnd(DatePicker.iso(end));
    return new DateRangePicker(context, Component.add(context, "date_range_picker", props), props).onChange(onChange);
  }

  /** The range shown (null: that end is empty); shown again only when it changes on the server. */
  public DateRangePicker range(LocalDate start, LocalDate end) {
    props.setStart(DatePicker.iso(start)).setEnd(DatePicker.iso(end));
    return this;
  }

  /** Called once both dates are valid and the start is not after the end. */
  public DateRangePicker onChange(Handler<DateRangeChangeEvent> handler) {
    props.setOnChange(Handlers.id(context, handler, DateRangeChangeEvent::new));
    return this;
  }

  /** Earliest date the calendars offer. */
  public DateRangePicker min(LocalDate min) {
    props.setMin(DatePicker.iso(min));
    return this;
  }

  /** Latest date the calendars offer. */
  public DateRangePicker max(LocalDate max) {
    props.setMax(DatePicker.iso(max));
    return this;
  }

  public DateRangePicker disabled(boolean disabled) {
    props.setDisabled(disabled);
    return this;
  }

  public DateRangePicker readonly(boolean readonly) {
    props.setReadonly(readonly);
    return this;
  }

  public DateRangePicker required(boolean required) {
    props.setRequired(required);
    return this;
  }

  /** Outlined instead of filled. */
  public DateRangePicker outlined() {
    props.setAppearance("outline");
    return this;
  }

  /** Supporting text under the field. */
  public DateRangePicker hint(String hint) {
    props.setHint(hint == null ? "" : hint);
    return this;
  }
}
