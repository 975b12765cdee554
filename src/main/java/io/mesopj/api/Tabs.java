package io.mesopj.api;

import io.mesopj.protocol.components.TabHeader;
import io.mesopj.protocol.components.TabProps;
import io.mesopj.protocol.components.TabsProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;
import java.util.function.Consumer;

/**
 * A tab bar with one panel per tab; only the selected tab's content is rendered and shown. The
 * selected index lives in state: {@code onSelectionChange} receives the index the user chose.
 * Keyboard: Tab reaches the selected tab, arrow keys, Home and End move between tabs, Enter or
 * Space selects.
 *
 * <pre>{@code
 * ui.tabs(s.tab, e -> s(e).tab = e.index(), tabs -> {
 *   tabs.tab("Overview", () -> ui.text("..."));
 *   tabs.tab("Settings", () -> settings(ui)).icon("settings");
 * });
 * }</pre>
 */
public final class Tabs extends Component<Tabs> {
  /** Most tabs one tab group may have. */
  static final int MAX_TABS = 1000;

  private Tabs(RenderContext context, Node node) {
    super(context, node);
  }

  static Tabs create(RenderContext context, int selectedIndex, Handler<TabChangeEvent> onSelectionChange,
      Consumer<TabList> tabs) {
    if (tabs == null) {
      throw new MesopException("ui.tabs(selectedIndex, onSelectionChange, tabs -> ...) needs the tabs");
    }
    TabsProps.Builder props = TabsProps.newBuilder().setSelectedIndex(selectedIndex)
        .setOnSelectionChange(Handlers.id(context, onSelectionChange, TabChangeEvent::new));
    Node node = Component.add(context, "tabs", props);
    context.within(node, () -> tabs.accept(new TabList(context, props, selectedIndex)));
    return new Tabs(context, node);
  }

  /** Adds tabs to a {@link Tabs} group, in order. */
  public static final class TabList {
    private final RenderContext context;
    private final TabsProps.Builder props;
    private final int selectedIndex;

    private TabList(RenderContext context, TabsProps.Builder props, int selectedIndex) {
      this.context = context;
      this.props = props;
      this.selectedIndex = selectedIndex;
    }

    /** A tab labelled {@code label}; {@code content} runs only while this tab is selected. */
    public Tab tab(String label, Runnable content) {
      int index = props.getTabsCount();
      if (index >= MAX_TABS) {
        throw new MesopException("A tab group can have at most " + MAX_TABS + " tabs");
      }
      props.addTabs(TabHeader.newBuilder().setLabel(label == null ? "" : label));
      Node panel = Component.add(context, "tab", TabProps.newBuilder());
      if (index == selectedIndex && content != null) {
        context.within(panel, content);
      }
      return new Tab(props, index);
    }
  }

  /** One tab's header settings. */
  public static final class Tab {
    private final TabsProps.Builder props;
    private final int index;

    private Tab(TabsProps.Builder props, int index) {
      this.props = props;
      this.index = index;
    }

    /** A Material Symbols icon name shown before the label. */
    public Tab icon(String icon) {
      props.getTabsBuilder(index).setIcon(icon == null ? "" : icon);
      return this;
    }

    /** A disabled tab cannot be chosen. */
    public Tab disabled(boolean disabled) {
      props.getTabsBuilder(index).setDisabled(disabled);
      return this;
    }
  }
}
