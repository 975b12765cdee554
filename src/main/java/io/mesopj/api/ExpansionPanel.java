package io.mesopj.api;

import io.mesopj.protocol.components.ExpansionPanelProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;

/**
 * A panel whose header shows or hides its content (Mesop's {@code me.expansion_panel}). Without
 * {@link #expanded(boolean)} the browser keeps it open or closed by itself; with it, the state
 * decides, and {@link #onToggle} should update that state.
 */
public final class ExpansionPanel extends Component<ExpansionPanel> {
  private final ExpansionPanelProps.Builder props;

  private ExpansionPanel(RenderContext context, Node node, ExpansionPanelProps.Builder props) {
    super(context, node);
    this.props = props;
  }

  static ExpansionPanel create(RenderContext context, String title, Runnable content) {
    ExpansionPanelProps.Builder props = ExpansionPanelProps.newBuilder().setTitle(title == null ? "" : title);
    Node node = Component.add(context, "expansion_panel", props);
    if (content != null) {
      context.within(node, content);
    }
    return new ExpansionPanel(context, node, props);
  }

  /** Secondary text in the header, after the title. */
  public ExpansionPanel description(String description) {
    props.setDescription(description == null ? "" : description);
    return this;
  }

  /** A Material Symbols icon name (e.g. {@code "info"}) shown at the end of the header. */
  public ExpansionPanel icon(String icon) {
    props.setIcon(icon == null ? "" : icon);
    return this;
  }

  /** A disabled panel cannot be opened or closed by the user. */
  public ExpansionPanel disabled(boolean disabled) {
    props.setDisabled(disabled);
    return this;
  }

  /** Opened or closed from state (Mesop's {@code expanded}). */
  public ExpansionPanel expanded(boolean expanded) {
    props.setExpanded(expanded);
    return this;
  }

  /** Hides the chevron in the header. */
  public ExpansionPanel hideToggle(boolean hideToggle) {
    props.setHideToggle(hideToggle);
    return this;
  }

  /** Called when the user opens or closes the panel. */
  public ExpansionPanel onToggle(Handler<ExpansionPanelToggleEvent> handler) {
    props.setOnToggle(Handlers.id(context, handler, ExpansionPanelToggleEvent::new));
    return this;
  }
}
