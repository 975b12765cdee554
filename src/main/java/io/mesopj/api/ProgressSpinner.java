package io.mesopj.api;

import io.mesopj.protocol.components.ProgressSpinnerProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;

/** A spinning circular progress indicator (Mesop's {@code me.progress_spinner}), 48px by default. */
public final class ProgressSpinner extends Component<ProgressSpinner> {
  private final ProgressSpinnerProps.Builder props;

  private ProgressSpinner(RenderContext context, Node node, ProgressSpinnerProps.Builder props) {
    super(context, node);
    this.props = props;
  }

  static ProgressSpinner create(RenderContext context) {
    ProgressSpinnerProps.Builder props = ProgressSpinnerProps.newBuilder();
    return new ProgressSpinner(context, Component.add(context, "progress_spinner", props), props);
  }

  public ProgressSpinner color(ThemeColor color) {
    props.setColor(color == null ? "" : color.wireName());
    return this;
  }

  /** Diameter in CSS pixels (default 48). */
  public ProgressSpinner diameter(double px) {
    if (!(px > 0)) {
      throw new MesopException("Spinner diameter must be positive, got " + px);
    }
    props.setDiameter(px);
    return this;
  }

  /** Width of the ring in CSS pixels (default 4). */
  public ProgressSpinner strokeWidth(double px) {
    if (!(px > 0)) {
      throw new MesopException("Spinner stroke width must be positive, got " + px);
    }
    props.setStrokeWidth(px);
    return this;
  }
}
