package io.mesopj.api;

import java.util.function.Consumer;

/** Layout components: containers that arrange their children. Part of {@link Ui}. */
public sealed interface LayoutComponents permits Ui {
  /** A container; {@code children} adds the components that go inside it. */
  default Box box(Runnable children) {
    return Box.create(Ui.contextOf(this), null, children);
  }

  default Box box(Style style, Runnable children) {
    return Box.create(Ui.contextOf(this), style, children);
  }

  /** An empty styled box (a spacer, a swatch). */
  default Box box(Style style) {
    return Box.create(Ui.contextOf(this), style, null);
  }

  /**
   * A drawer ({@code drawer}'s components) beside the page content ({@code content}'s), open
   * while {@code opened} is true (Mesop's {@code me.sidenav}).
   */
  default Sidenav sidenav(boolean opened, Runnable drawer, Runnable content) {
    return Sidenav.create(Ui.contextOf(this), opened, drawer, content);
  }

  /** A Material card around {@code children} (Mesop's {@code me.card}); outlined by default. */
  default Card card(Runnable children) {
    return Card.create(Ui.contextOf(this), children);
  }

  /** A card's title row (Mesop's {@code me.card_header}). */
  default CardHeader cardHeader(String title) {
    return CardHeader.create(Ui.contextOf(this), title, null);
  }

  /** A card's title row with a subtitle. */
  default CardHeader cardHeader(String title, String subtitle) {
    return CardHeader.create(Ui.contextOf(this), title, subtitle);
  }

  /** A card's padded body (Mesop's {@code me.card_content}). */
  default CardContent cardContent(Runnable children) {
    return CardContent.create(Ui.contextOf(this), children);
  }

  /** A card's row of buttons, at the start (Mesop's {@code me.card_actions}). */
  default CardActions cardActions(Runnable children) {
    return CardActions.create(Ui.contextOf(this), CardActionsAlign.START, children);
  }

  /** A card's row of buttons, aligned as given. */
  default CardActions cardActions(CardActionsAlign align, Runnable children) {
    return CardActions.create(Ui.contextOf(this), align, children);
  }

  /** A panel titled {@code title} that shows or hides {@code content} (Mesop's {@code me.expansion_panel}). */
  default ExpansionPanel expansionPanel(String title, Runnable content) {
    return ExpansionPanel.create(Ui.contextOf(this), title, content);
  }

  /** Expansion panels shown as one group, one open at a time unless {@code multi(true)}. */
  default Accordion accordion(Runnable panels) {
    return Accordion.create(Ui.contextOf(this), panels);
  }

  /**
   * A tab group: {@code tabs} adds the tabs ({@code tabs.tab(label, content)}); only the tab at
   * {@code selectedIndex} renders its content; {@code onSelectionChange} gets the index the user
   * chose.
   */
  default Tabs tabs(int selectedIndex, Handler<TabChangeEvent> onSelectionChange, Consumer<Tabs.TabList> tabs) {
    return Tabs.create(Ui.contextOf(this), selectedIndex, onSelectionChange, tabs);
  }

  /** A modal dialog, shown while {@code opened}; {@code content} runs only then. */
  default Dialog dialog(boolean opened, Runnable content) {
    return Dialog.create(Ui.contextOf(this), opened, content, null);
  }

  /** A modal dialog with a row of action buttons ({@code actions}) at its end. */
  default Dialog dialog(boolean opened, Runnable content, Runnable actions) {
    return Dialog.create(Ui.contextOf(this), opened, content, actions);
  }
}
