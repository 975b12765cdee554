package io.mesopj.api;

import io.mesopj.protocol.components.AccordionProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;

/**
 * Expansion panels shown as one group (Mesop's {@code me.accordion}). Unless {@link #multi},
 * opening a panel closes the open one; for panels whose {@code expanded} comes from state, that
 * sends the closed panel's toggle event first, then the opened one's.
 */
public final class Accordion extends Component<Accordion> {
  private final AccordionProps.Builder props;

  private Accordion(RenderContext context, Node node, AccordionProps.Builder props) {
    super(context, node);
    this.props = props;
  }

  static Accordion create(RenderContext context, Runnable panels) {
    AccordionProps.Builder props = AccordionProps.newBuilder();
    Node node = Component.add(context, "accordion", props);
    if (panels != null) {
      context.within(node, panels);
    }
    return new Accordion(context, node, props);
  }

  /** When true, several panels may be open at once. */
  public Accordion multi(boolean multi) {
    props.setMulti(multi);
    return this;
  }
}
