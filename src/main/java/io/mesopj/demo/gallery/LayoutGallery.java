package io.mesopj.demo.gallery;

import io.mesopj.api.ButtonType;
import io.mesopj.api.CardActionsAlign;
import io.mesopj.api.CardAppearance;
import io.mesopj.api.CardImageType;
import io.mesopj.api.CheckboxChangeEvent;
import io.mesopj.api.ClickEvent;
import io.mesopj.api.DialogCloseEvent;
import io.mesopj.api.ExpansionPanelToggleEvent;
import io.mesopj.api.SidenavMode;
import io.mesopj.api.SidenavOpenedChangedEvent;
import io.mesopj.api.SidenavPosition;
import io.mesopj.api.Style;
import io.mesopj.api.TabChangeEvent;
import io.mesopj.api.Typography;
import io.mesopj.api.Ui;
import java.util.ArrayList;
import java.util.List;

/** Gallery sections of the layout components. */
final class LayoutGallery {
  /** What the layout sections remember. */
  public static final class State {
    boolean sidenavOpen = true;
    boolean sidenavOver;
    boolean sidenavEnd;
    String sidenavEvent = "none";
    int likes;
    String panelEvent = "none";
    List<String> openPanels = new ArrayList<>(List.of("pie"));
    boolean accordionMulti;
    int tab;
    boolean dialogOpen;
    String dialogResult = "none";
    String slotClick = "none";
  }

  private static final Style ROW = Style.row().gap(12).alignItems("center").flexWrap("wrap");
  private static final Style RESULT = Style.of().color("var(--md-sys-color-on-surface-variant)");
  private static final Style GRID = Style.of().display("grid")
      .gridTemplateColumns("repeat(auto-fill, minmax(240px, 1fr))").gap(16);
  // A small same-origin-safe avatar (data: URLs are allowed by the page's img-src).
  private static final String AVATAR = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 40 40'%3E"
      + "%3Crect width='40' height='40' fill='%236750a4'/%3E%3Ctext x='20' y='26' font-size='16' text-anchor='middle'"
      + " fill='white' font-family='sans-serif'%3EJ%3C/text%3E%3C/svg%3E";

  private LayoutGallery() {}

  static void render(Ui ui) {
    State s = ui.state(State.class);
    GallerySection.section(ui, "box", "Box", "`ui.box(style, () -> {...})`: a container styled with flex or grid.",
        () -> ui.box(Style.row().gap(8), () -> {
          for (String c : new String[] {"primary", "secondary", "tertiary"}) {
            ui.box(Style.of().padding(12).borderRadius(8).background("var(--md-sys-color-" + c + "-container)"),
                () -> ui.text(c));
          }
        }));
    sidenav(ui, s);
    cards(ui, s);
    expansionPanel(ui, s);
    accordion(ui, s);
    tabs(ui, s);
    dialog(ui, s);
    slots(ui, s);
  }

  private static void sidenav(Ui ui, State s) {
    GallerySection.section(ui, "sidenav", "Sidenav",
        "`ui.sidenav(opened, drawer, content)`: a drawer beside the content, opened from state."
            + " `.mode(SidenavMode.OVER)` lays it over the content with a scrim; Escape in the drawer"
            + " (or the scrim) calls `onOpenedChanged`.", () -> {
          ui.box(ROW, () -> {
            ui.button(s.sidenavOpen ? "Close menu" : "Open menu", LayoutGallery::toggleSidenav, ButtonType.FLAT)
                .key("sidenav-toggle");
            ui.checkbox("Over the content", s.sidenavOver, LayoutGallery::sidenavOver).key("sidenav-over");
            ui.checkbox("At the end", s.sidenavEnd, LayoutGallery::sidenavEnd).key("sidenav-end");
          });
          ui.sidenav(s.sidenavOpen, () -> {
            ui.text("Menu", Typography.SUBTITLE_2).style(Style.of().padding(8, 12));
            for (String item : new String[] {"Inbox", "Starred", "Sent"}) {
              ui.button(item, e -> { }).key("sidenav-item-" + item.toLowerCase());
            }
          }, () -> ui.box(Style.column().gap(8).padding(16), () -> {
            ui.text("Main content", Typography.HEADLINE_6);
            ui.text("The content sits beside the drawer and narrows when it opens.").key("sidenav-content");
          }))
              .mode(s.sidenavOver ? SidenavMode.OVER : SidenavMode.SIDE)
              .position(s.sidenavEnd ? SidenavPosition.END : SidenavPosition.START)
              .width(200)
              .onOpenedChanged(LayoutGallery::sidenavChanged)
              .style(Style.of().height(220).borderRadius(12).border("1px solid var(--md-sys-color-outline-variant)"))
              .key("sidenav");
          ui.text("Sidenav: " + (s.sidenavOpen ? "open" : "closed") + "; last event: " + s.sidenavEvent)
              .style(RESULT).key("sidenav-result");
        });
  }

  static void toggleSidenav(ClickEvent e) {
    State s = e.state(State.class);
    s.sidenavOpen = !s.sidenavOpen;
  }

  static void sidenavOver(CheckboxChangeEvent e) {
    e.state(State.class).sidenavOver = e.checked();
  }

  static void sidenavEnd(CheckboxChangeEvent e) {
    e.state(State.class).sidenavEnd = e.checked();
  }

  static void sidenavChanged(SidenavOpenedChangedEvent e) {
    State s = e.state(State.class);
    s.sidenavOpen = e.opened();
    s.sidenavEvent = "opened=" + e.opened();
  }

  private static void cards(Ui ui, State s) {
    GallerySection.section(ui, "card", "Card",
        "`ui.card(() -> {...}).appearance(CardAppearance.X)` with `ui.cardHeader`, `ui.cardContent` and"
            + " `ui.cardActions`.", () -> {
          ui.box(GRID, () -> {
            card(ui, CardAppearance.OUTLINED, s);
            card(ui, CardAppearance.ELEVATED, s);
            card(ui, CardAppearance.FILLED, s);
          });
          ui.text("Likes: " + s.likes).style(RESULT).key("card-result");
        });
  }

  private static void card(Ui ui, CardAppearance appearance, State s) {
    String name = appearance.name().toLowerCase();
    ui.card(() -> {
      ui.cardHeader("Grapefruit", name + " card").image(AVATAR, CardImageType.AVATAR);
      ui.cardContent(() -> ui.text("A subtropical citrus tree known for its relatively large, sour to"
          + " semi-sweet fruit."));
      ui.cardActions(CardActionsAlign.END, () -> {
        ui.button("Share", e -> { });
        ui.button("Like", LayoutGallery::like).key("card-like-" + name);
      });
    }).appearance(appearance).key("card-" + name);
  }

  static void like(ClickEvent e) {
    e.state(State.class).likes++;
  }

  private static void expansionPanel(Ui ui, State s) {
    GallerySection.section(ui, "expansion-panel", "Expansion panel",
        "`ui.expansionPanel(title, () -> {...})` with `.description`, `.icon`, `.expanded` (from state)"
            + " and `.onToggle`.", () -> {
          ui.expansionPanel("Grapefruit", () -> ui.text("Grapefruit content."))
              .description("Kind of fruit").icon("nutrition").onToggle(LayoutGallery::panelToggled)
              .key("panel-grapefruit");
          ui.expansionPanel("Pineapple (disabled)", () -> ui.text("Pineapple content.")).disabled(true)
              .key("panel-pineapple");
          ui.text("Last toggle: " + s.panelEvent).style(RESULT).key("panel-result");
        });
  }

  static void panelToggled(ExpansionPanelToggleEvent e) {
    e.state(State.class).panelEvent = e.key() + (e.opened() ? " opened" : " closed");
  }

  private static void accordion(Ui ui, State s) {
    GallerySection.section(ui, "accordion", "Accordion",
        "`ui.accordion(() -> {...})`: panels as one group; one open at a time unless `.multi(true)`."
            + " The panels' `expanded` comes from state here.", () -> {
          ui.box(ROW, () -> ui.checkbox("Several open at once", s.accordionMulti, LayoutGallery::accordionMulti)
              .key("accordion-multi"));
          ui.accordion(() -> {
            accordionPanel(ui, s, "pie", "Pie", "Type of snack", "pie_chart");
            accordionPanel(ui, s, "donut", "Donut", "Type of breakfast", "donut_large");
            accordionPanel(ui, s, "icecream", "Ice cream", "Type of dessert", "icecream");
          }).multi(s.accordionMulti).key("accordion");
          ui.text("Open: " + (s.openPanels.isEmpty() ? "none" : String.join(", ", s.openPanels)))
              .style(RESULT).key("accordion-result");
        });
  }

  private static void accordionPanel(Ui ui, State s, String key, String title, String description, String icon) {
    ui.expansionPanel(title, () -> ui.text(title + " content.")).description(description).icon(icon)
        .expanded(s.openPanels.contains(key)).onToggle(LayoutGallery::accordionToggled).key(key);
  }

  static void accordionMulti(CheckboxChangeEvent e) {
    e.state(State.class).accordionMulti = e.checked();
  }

  static void accordionToggled(ExpansionPanelToggleEvent e) {
    List<String> open = e.state(State.class).openPanels;
    open.remove(e.key());
    if (e.opened()) {
      open.add(e.key());
    }
  }

  private static void tabs(Ui ui, State s) {
    String[] labels = {"Overview", "Details", "Archived", "Settings"};
    GallerySection.section(ui, "tabs", "Tabs",
        "`ui.tabs(selectedIndex, onSelectionChange, tabs -> tabs.tab(label, () -> {...}))`: only the selected"
            + " tab's content is rendered. Keyboard: arrows, Home, End, then Enter or Space.", () -> {
          ui.tabs(s.tab, LayoutGallery::tabChanged, tabs -> {
            tabs.tab("Overview", () -> ui.text("Overview: the big picture.").key("tab-content-overview"));
            tabs.tab("Details", () -> ui.box(Style.column().gap(8), () -> {
              ui.text("Details: every field.").key("tab-content-details");
              ui.input("Note").key("tab-note");
            })).icon("info");
            tabs.tab("Archived", () -> ui.text("Never shown")).disabled(true);
            tabs.tab("Settings", () -> ui.text("Settings: knobs and switches.").key("tab-content-settings"))
                .icon("settings");
          }).key("tabs");
          ui.text("Selected: " + s.tab + " (" + labels[Math.max(0, Math.min(s.tab, labels.length - 1))] + ")")
              .style(RESULT).key("tabs-result");
        });
  }

  static void tabChanged(TabChangeEvent e) {
    e.state(State.class).tab = e.index();
  }

  private static void dialog(Ui ui, State s) {
    GallerySection.section(ui, "dialog", "Dialog",
        "`ui.dialog(opened, content, actions).title(...).onClose(handler)`: modal, focus stays inside;"
            + " Escape or the scrim call `onClose`.", () -> {
          ui.button("Delete file…", LayoutGallery::openDialog, ButtonType.STROKED).key("dialog-open");
          ui.dialog(s.dialogOpen,
              () -> ui.text("cat.jpeg will be deleted for good. Do you want to go on?").key("dialog-text"),
              () -> {
                ui.button("Cancel", e -> closeDialog(e, "cancelled")).key("dialog-cancel");
                ui.button("Delete", e -> closeDialog(e, "deleted"), ButtonType.FLAT).key("dialog-delete");
              })
              .title("Delete cat.jpeg?").onClose(LayoutGallery::dismissDialog).key("dialog");
          ui.text("Dialog: " + s.dialogResult).style(RESULT).key("dialog-result");
        });
  }

  static void openDialog(ClickEvent e) {
    e.state(State.class).dialogOpen = true;
  }

  static void closeDialog(ClickEvent e, String result) {
    State s = e.state(State.class);
    s.dialogOpen = false;
    s.dialogResult = result;
  }

  static void dismissDialog(DialogCloseEvent e) {
    State s = e.state(State.class);
    s.dialogOpen = false;
    s.dialogResult = "dismissed";
  }

  private static void slots(Ui ui, State s) {
    GallerySection.section(ui, "slots", "Your own components, with slots",
        "A component is a plain Java method; its slots are `Runnable` parameters (here `header`, `body`,"
            + " `footer` of `PanelComponent.panel`). Handlers inside slots work as anywhere else.", () -> {
          ui.box(GRID, () -> {
            for (String name : new String[] {"Alpha", "Beta"}) {
              String key = "slot-" + name.toLowerCase();
              PanelComponent.panel(ui, key, "Panel " + name,
                  () -> ui.text("header of " + name, Typography.CAPTION),
                  () -> {
                    ui.text("Body of panel " + name + ".");
                    ui.button("Click " + name, e -> slotClicked(e, name)).key(key + "-button");
                  },
                  () -> ui.text("footer of " + name, Typography.CAPTION));
            }
          });
          ui.text("Clicked: " + s.slotClick).style(RESULT).key("slot-result");
        });
  }

  static void slotClicked(ClickEvent e, String panel) {
    e.state(State.class).slotClick = "button in panel " + panel;
  }
}
