package io.mesopj.demo.gallery;

import static io.mesopj.demo.gallery.InputsParts.ICON;
import static io.mesopj.demo.gallery.InputsParts.ROW;
import static io.mesopj.demo.gallery.InputsParts.label;
import static io.mesopj.demo.gallery.InputsParts.received;

import io.mesopj.api.ButtonType;
import io.mesopj.api.CheckboxChangeEvent;
import io.mesopj.api.ClickEvent;
import io.mesopj.api.Style;
import io.mesopj.api.ThemeColor;
import io.mesopj.api.Ui;
import java.util.ArrayList;
import java.util.List;

/**
 * Gallery sections of the input components: buttons and checkboxes here, the rest in
 * {@link InputsTextGallery}, {@link InputsChoiceGallery} and {@link InputsDateFileGallery}.
 */
final class InputsGallery {
  /** What the buttons and checkboxes sent. */
  public static final class State {
    String clicked = "";
    int clicks;
    List<Boolean> toppings = new ArrayList<>(List.of(true, false, false));
    boolean terms;
  }

  private static final List<String> TOPPINGS = List.of("Cheese", "Olives", "Basil");

  private InputsGallery() {}

  static void render(Ui ui) {
    State s = ui.state(State.class);
    buttons(ui, s);
    checkboxes(ui, s);
    InputsTextGallery.render(ui);
    InputsChoiceGallery.render(ui);
    InputsDateFileGallery.render(ui);
  }

  private static void buttons(Ui ui, State s) {
    GallerySection.section(ui, "button", "Button",
        "`ui.button(label, handler, ButtonType.X)` with `.color(ThemeColor.X)` and `.disabled(true)`;"
            + " `ui.button(handler, () -> {...})` shows any components inside.", () -> {
          label(ui, "Kinds");
          ui.box(ROW, () -> {
            for (ButtonType t : new ButtonType[] {ButtonType.TEXT, ButtonType.RAISED, ButtonType.FLAT,
                ButtonType.STROKED}) {
              String name = t.name().toLowerCase();
              ui.button(capitalize(name), e -> clicked(e, name), t).key("button-" + name);
            }
            ui.button("favorite", e -> clicked(e, "icon"), ButtonType.ICON).key("button-icon");
          });
          label(ui, "Colours");
          ui.box(ROW, () -> {
            for (ThemeColor c : ThemeColor.values()) {
              String name = c.name().toLowerCase();
              ui.button(capitalize(name), e -> clicked(e, name), ButtonType.FLAT).color(c).key("button-" + name);
            }
            ui.button("Disabled", e -> clicked(e, "disabled"), ButtonType.FLAT).disabled(true).key("button-disabled");
          });
          label(ui, "Content");
          ui.box(ROW, () -> {
            ui.button(e -> clicked(e, "content"), () -> {
              ui.text("cloud_upload").style(ICON);
              ui.text("Upload");
            }).type(ButtonType.STROKED).key("button-content");
            ui.button(e -> clicked(e, "icon-content"), () -> ui.text("settings").style(ICON.merge(Style.of().fontSize(24))))
                .type(ButtonType.ICON).color(ThemeColor.PRIMARY).key("button-icon-content");
          });
          received(ui, "button-received",
              s.clicked.isEmpty() ? "Clicked: nothing yet" : "Clicked: " + s.clicked + " (" + s.clicks + ")");
        });
  }

  private static void clicked(ClickEvent e, String which) {
    State s = e.state(State.class);
    s.clicked = which;
    s.clicks++;
  }

  private static void checkboxes(Ui ui, State s) {
    long on = s.toppings.stream().filter(b -> b).count();
    GallerySection.section(ui, "checkbox", "Checkbox",
        "`ui.checkbox(label, checked, handler)` with `.indeterminate(true)` for a partly chosen group.", () -> {
          ui.checkbox("All toppings", on == TOPPINGS.size(), InputsGallery::allToppings)
              .indeterminate(on > 0 && on < TOPPINGS.size()).key("checkbox-all");
          ui.box(Style.column().padding("0 0 0 32px"), () -> {
            for (int i = 0; i < TOPPINGS.size(); i++) {
              int index = i;
              ui.checkbox(TOPPINGS.get(i), s.toppings.get(i), e -> topping(e, index))
                  .key("checkbox-" + TOPPINGS.get(i).toLowerCase());
            }
          });
          ui.checkbox("Disabled", true, e -> { }).disabled(true).key("checkbox-disabled");
          ui.checkbox("I accept the terms", s.terms, InputsGallery::terms).key("checkbox-terms");
          List<String> chosen = new ArrayList<>();
          for (int i = 0; i < TOPPINGS.size(); i++) {
            if (s.toppings.get(i)) {
              chosen.add(TOPPINGS.get(i));
            }
          }
          received(ui, "checkbox-received", "Toppings: " + (chosen.isEmpty() ? "none" : String.join(", ", chosen))
              + "; terms: " + (s.terms ? "accepted" : "not accepted"));
        });
  }

  private static void allToppings(CheckboxChangeEvent e) {
    State s = e.state(State.class);
    s.toppings.replaceAll(b -> e.checked());
  }

  private static void topping(CheckboxChangeEvent e, int index) {
    e.state(State.class).toppings.set(index, e.checked());
  }

  private static void terms(CheckboxChangeEvent e) {
    e.state(State.class).terms = e.checked();
  }

  static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
