package io.mesopj.api;

import io.mesopj.protocol.components.InputProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;

/**
 * A text field in a Material frame with a label ({@link Input}, {@link Textarea}): adds what only
 * the frame shows.
 *
 * @param <C> the concrete field type
 */
public abstract class MaterialTextField<C extends MaterialTextField<C>> extends TextField<C> {
  MaterialTextField(RenderContext context, Node node, InputProps.Builder props) {
    super(context, node, props);
  }

  /** Marks the field as required (an asterisk after the label). */
  public C required(boolean required) {
    props.setRequired(required);
    return self();
  }

  /** Outlined instead of filled. */
  public C outlined() {
    props.setAppearance("outline");
    return self();
  }
}
