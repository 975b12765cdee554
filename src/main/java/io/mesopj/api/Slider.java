package io.mesopj.api;

import io.mesopj.protocol.components.SliderProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;

/** A Material slider: a value between {@link #min} (default 0) and {@link #max} (default 100). */
public final class Slider extends Component<Slider> {
  private final SliderProps.Builder props;

  private Slider(RenderContext context, Node node, SliderProps.Builder props) {
    super(context, node);
    this.props = props;
  }

  static Slider create(RenderContext context, double value, Handler<SliderValueChangeEvent> onValueChange) {
    SliderProps.Builder props = SliderProps.newBuilder().setMin(0).setMax(100).setStep(1).setValue(value);
    return new Slider(context, Component.add(context, "slider", props), props).onValueChange(onValueChange);
  }

  /** Called with the new value when the user lets go of the thumb or moves it with a key. */
  public Slider onValueChange(Handler<SliderValueChangeEvent> handler) {
    props.setOnValueChange(Handlers.id(context, handler, SliderValueChangeEvent::new));
    return this;
  }

  public Slider min(double min) {
    props.setMin(finite("min", min));
    return this;
  }

  public Slider max(double max) {
    props.setMax(finite("max", max));
    return this;
  }

  /** The values the thumb snaps to are min + k * step (default 1). */
  public Slider step(double step) {
    if (!(step > 0) || Double.isInfinite(step)) {
      throw new MesopException("A slider's step must be a positive number, not " + step);
    }
    props.setStep(step);
    return this;
  }

  public Slider value(double value) {
    props.setValue(finite("value", value));
    return this;
  }

  public Slider disabled(boolean disabled) {
    props.setDisabled(disabled);
    return this;
  }

  /** Shows the value in a label above the thumb while it is dragged or focused. */
  public Slider discrete(boolean discrete) {
    props.setDiscrete(discrete);
    return this;
  }

  /** Shows a tick mark at each step. */
  public Slider showTickMarks(boolean show) {
    props.setShowTickMarks(show);
    return this;
  }

  public Slider color(ThemeColor color) {
    props.setColor(color == null ? "" : color.wireName());
    return this;
  }

  private static double finite(String what, double v) {
    if (!Double.isFinite(v)) {
      throw new MesopException("A slider's " + what + " must be a finite number, not " + v);
    }
    return v;
  }
}
