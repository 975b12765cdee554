package io.mesopj.api;

import io.mesopj.protocol.components.InputProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;

/** A multi-line Material text field. */
public final class Textarea extends MaterialTextField<Textarea> {
  private Textarea(RenderContext context, Node node, InputProps.Builder props) {
    super(context, node, props);
  }

  static Textarea create(RenderContext context, String label) {
    InputProps.Builder props = InputProps.newBuilder().setLabel(label == null ? "" : label).setTextarea(true);
    return new Textarea(context, Component.add(context, "input", props), props);
  }

  /** Visible rows. */
  public Textarea rows(int rows) {
    props.setRows(Math.max(1, rows));
    return this;
  }

  /** Grows with its content between these row counts. */
  public Textarea autosize(int minRows, int maxRows) {
    props.setAutosize(true).setMinRows(Math.max(1, minRows)).setMaxRows(Math.max(minRows, maxRows));
    return this;
  }
}
