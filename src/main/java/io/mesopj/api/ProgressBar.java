package io.mesopj.api;

import io.mesopj.protocol.components.ProgressBarProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;

/** A linear progress indicator (Mesop's {@code me.progress_bar}); indeterminate unless given a mode. */
public final class ProgressBar extends Component<ProgressBar> {
  private final ProgressBarProps.Builder props;

  private ProgressBar(RenderContext context, Node node, ProgressBarProps.Builder props) {
    super(context, node);
    this.props = props;
  }

  static ProgressBar create(RenderContext context, ProgressBarMode mode) {
    ProgressBarProps.Builder props = ProgressBarProps.newBuilder()
        .setMode((mode == null ? ProgressBarMode.INDETERMINATE : mode).wireName());
    return new ProgressBar(context, Component.add(context, "progress_bar", props), props);
  }

  /** Progress in percent, 0 to 100 (values outside are clamped). */
  public ProgressBar value(double percent) {
    props.setValue(clamp(percent));
    return this;
  }

  /** Buffered amount in percent, 0 to 100, for {@link ProgressBarMode#BUFFER}. */
  public ProgressBar bufferValue(double percent) {
    props.setBufferValue(clamp(percent));
    return this;
  }

  public ProgressBar mode(ProgressBarMode mode) {
    props.setMode((mode == null ? ProgressBarMode.INDETERMINATE : mode).wireName());
    return this;
  }

  public ProgressBar color(ThemeColor color) {
    props.setColor(color == null ? "" : color.wireName());
    return this;
  }

  /**
   * Called when the bar has finished animating to a new value (determinate and buffer modes only,
   * as in Mesop); the event carries the value reached.
   */
  public ProgressBar onAnimationEnd(Handler<ProgressBarAnimationEndEvent> handler) {
    props.setOnAnimationEnd(Handlers.id(context, handler, ProgressBarAnimationEndEvent::new));
    return this;
  }

  private static double clamp(double percent) {
    if (Double.isNaN(percent)) {
      throw new MesopException("Progress value must be a number, got NaN");
    }
    return Math.max(0, Math.min(100, percent));
  }
}
