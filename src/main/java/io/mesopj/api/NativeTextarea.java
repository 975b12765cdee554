package io.mesopj.api;

import io.mesopj.protocol.components.InputProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;

/**
 * A browser-native {@code <textarea>} without the Material frame (Mesop's
 * {@code native_textarea}): its look is what {@link #style(Style)} gives it.
 */
public final class NativeTextarea extends TextField<NativeTextarea> {
  private NativeTextarea(RenderContext context, Node node, InputProps.Builder props) {
    super(context, node, props);
  }

  static NativeTextarea create(RenderContext context) {
    InputProps.Builder props = InputProps.newBuilder().setTextarea(true).setNativeTextarea(true);
    return new NativeTextarea(context, Component.add(context, "input", props), props);
  }

  /** Visible rows. */
  public NativeTextarea rows(int rows) {
    props.setRows(Math.max(1, rows));
    return this;
  }

  /** Grows with its content between these row counts. */
  public NativeTextarea autosize(int minRows, int maxRows) {
    props.setAutosize(true).setMinRows(Math.max(1, minRows)).setMaxRows(Math.max(minRows, maxRows));
    return this;
  }
}
