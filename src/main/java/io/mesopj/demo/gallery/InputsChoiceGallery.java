package io.mesopj.demo.gallery;

import static io.mesopj.demo.gallery.InputsParts.COLUMN;
import static io.mesopj.demo.gallery.InputsParts.GRID;
import static io.mesopj.demo.gallery.InputsParts.ROW;
import static io.mesopj.demo.gallery.InputsParts.WIDE;
import static io.mesopj.demo.gallery.InputsParts.label;
import static io.mesopj.demo.gallery.InputsParts.received;

import io.mesopj.api.ButtonToggleChangeEvent;
import io.mesopj.api.Option;
import io.mesopj.api.OptionEntry;
import io.mesopj.api.OptionGroup;
import io.mesopj.api.RadioChangeEvent;
import io.mesopj.api.SelectOpenedChangeEvent;
import io.mesopj.api.SelectionChangeEvent;
import io.mesopj.api.SlideToggleChangeEvent;
import io.mesopj.api.SliderValueChangeEvent;
import io.mesopj.api.ThemeColor;
import io.mesopj.api.Ui;
import java.util.ArrayList;
import java.util.List;

/** Gallery sections of the choice components: radio, select, slider, slide toggle, button toggle. */
final class InputsChoiceGallery {
  /** What the choice components sent. */
  public static final class State {
    String size = "m";
    String shipping = "standard";
    String fruit = "";
    List<String> toppings = new ArrayList<>(List.of("cheese", "basil"));
    int selectOpenings;
    double volume = 40;
    double rating = 2.5;
    boolean wifi = true;
    boolean airplane;
    String align = "left";
    List<String> styles = new ArrayList<>(List.of("bold"));
  }

  private static final List<Option> SIZES = List.of(Option.of("Small", "s"), Option.of("Medium", "m"),
      Option.of("Large", "l"), Option.of("Extra large (sold out)", "xl").disabled());
  private static final List<Option> SHIPPING = List.of(Option.of("Standard (3–5 days)", "standard"),
      Option.of("Express (1–2 days)", "express"), Option.of("Pick up in store", "pickup"));
  private static final List<Option> FRUITS = List.of(Option.of("Apple", "apple"), Option.of("Banana", "banana"),
      Option.of("Cherry", "cherry"), Option.of("Durian", "durian").disabled());
  private static final List<OptionEntry> TOPPINGS = List.of(
      OptionGroup.of("Cheese", Option.of("Mozzarella", "cheese"), Option.of("Gorgonzola", "gorgonzola")),
      OptionGroup.of("Greens", Option.of("Basil", "basil"), Option.of("Rocket", "rocket")),
      Option.of("Chili oil", "chili"));
  private static final List<Option> ALIGNMENTS = List.of(Option.of("Left", "left"), Option.of("Center", "center"),
      Option.of("Right", "right"));
  private static final List<Option> STYLES = List.of(Option.of("Bold", "bold"), Option.of("Italic", "italic"),
      Option.of("Underline", "underline"));

  private InputsChoiceGallery() {}

  static void render(Ui ui) {
    State s = ui.state(State.class);
    radio(ui, s);
    select(ui, s);
    slider(ui, s);
    slideToggle(ui, s);
    buttonToggle(ui, s);
  }

  private static void radio(Ui ui, State s) {
    GallerySection.section(ui, "radio", "Radio",
        "`ui.radio(List.of(Option.of(label, value), ...), value, handler)`; `.vertical(true)`, `.color(...)`,"
            + " `.disabled(true)`; a single option can be `.disabled()`.", () -> {
          ui.radio(SIZES, s.size, InputsChoiceGallery::size).key("radio-size");
          received(ui, "radio-size-received", "Size: " + s.size);
          label(ui, "Vertical, accent colour");
          ui.radio(SHIPPING, s.shipping, InputsChoiceGallery::shipping).vertical(true).color(ThemeColor.ACCENT)
              .key("radio-shipping");
          received(ui, "radio-shipping-received", "Shipping: " + s.shipping);
          label(ui, "Disabled");
          ui.radio(SIZES, "l", e -> { }).disabled(true).key("radio-disabled");
        });
  }

  private static void size(RadioChangeEvent e) {
    e.state(State.class).size = e.value();
  }

  private static void shipping(RadioChangeEvent e) {
    e.state(State.class).shipping = e.value();
  }

  private static void select(Ui ui, State s) {
    GallerySection.section(ui, "select", "Select",
        "`ui.select(label, options, handler)` with `.value(v)`; `.multiple(true).values(list)` to choose several;"
            + " options can be grouped with `OptionGroup.of(label, options...)`.", () -> {
          ui.box(GRID, () -> {
            ui.box(COLUMN, () -> {
              ui.select("Fruit", FRUITS, InputsChoiceGallery::fruit).value(s.fruit).placeholder("Pick a fruit")
                  .onOpenedChange(InputsChoiceGallery::opened).key("select-fruit").style(WIDE);
              received(ui, "select-fruit-received", "Fruit: " + (s.fruit.isEmpty() ? "none" : s.fruit)
                  + " (opened " + s.selectOpenings + "×)");
            });
            ui.box(COLUMN, () -> {
              ui.select("Toppings", TOPPINGS, InputsChoiceGallery::toppings).multiple(true).values(s.toppings)
                  .outlined().key("select-toppings").style(WIDE);
              received(ui, "select-toppings-received", "Toppings: " + String.join(", ", s.toppings));
            });
            ui.select("Disabled", FRUITS, e -> { }).value("apple").disabled(true).key("select-disabled").style(WIDE);
          });
        });
  }

  private static void fruit(SelectionChangeEvent e) {
    e.state(State.class).fruit = e.value();
  }

  private static void toppings(SelectionChangeEvent e) {
    e.state(State.class).toppings = new ArrayList<>(e.values());
  }

  private static void opened(SelectOpenedChangeEvent e) {
    if (e.opened()) {
      e.state(State.class).selectOpenings++;
    }
  }

  private static void slider(Ui ui, State s) {
    GallerySection.section(ui, "slider", "Slider",
        "`ui.slider(value, handler)` with `.min`, `.max`, `.step`, `.discrete(true)` (value label),"
            + " `.showTickMarks(true)`; the handler gets the value when the thumb is let go.", () -> {
          ui.box(GRID, () -> {
            ui.box(COLUMN, () -> {
              label(ui, "Volume (discrete)");
              ui.slider(s.volume, InputsChoiceGallery::volume).discrete(true).key("slider-volume").style(WIDE);
              received(ui, "slider-volume-received", "Volume: " + format(s.volume));
            });
            ui.box(COLUMN, () -> {
              label(ui, "Rating (0–5, steps of 0.5)");
              ui.slider(s.rating, InputsChoiceGallery::rating).min(0).max(5).step(0.5).showTickMarks(true)
                  .discrete(true).color(ThemeColor.ACCENT).key("slider-rating").style(WIDE);
              received(ui, "slider-rating-received", "Rating: " + format(s.rating));
            });
            ui.box(COLUMN, () -> {
              label(ui, "Disabled");
              ui.slider(30, e -> { }).disabled(true).key("slider-disabled").style(WIDE);
            });
          });
        });
  }

  private static void volume(SliderValueChangeEvent e) {
    e.state(State.class).volume = e.value();
  }

  private static void rating(SliderValueChangeEvent e) {
    e.state(State.class).rating = e.value();
  }

  /** 40.0 as "40", 2.5 as "2.5". */
  static String format(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  private static void slideToggle(Ui ui, State s) {
    GallerySection.section(ui, "slide-toggle", "Slide toggle",
        "`ui.slideToggle(label, checked, handler)`; `.hideIcon(true)`, `.labelBefore(true)`, `.disabled(true)`.",
        () -> {
          ui.box(ROW, () -> {
            ui.slideToggle("Wi-Fi", s.wifi, InputsChoiceGallery::wifi).key("toggle-wifi");
            ui.slideToggle("Airplane mode", s.airplane, InputsChoiceGallery::airplane).hideIcon(true)
                .labelBefore(true).key("toggle-airplane");
            ui.slideToggle("Disabled", true, e -> { }).disabled(true).key("toggle-disabled");
          });
          received(ui, "toggle-received", "Wi-Fi: " + onOff(s.wifi) + ", airplane mode: " + onOff(s.airplane));
        });
  }

  private static String onOff(boolean on) {
    return on ? "on" : "off";
  }

  private static void wifi(SlideToggleChangeEvent e) {
    e.state(State.class).wifi = e.checked();
  }

  private static void airplane(SlideToggleChangeEvent e) {
    e.state(State.class).airplane = e.checked();
  }

  private static void buttonToggle(Ui ui, State s) {
    GallerySection.section(ui, "button-toggle", "Button toggle",
        "`ui.buttonToggle(options, handler)` with `.value(v)`, or `.multiple(true).values(list)`.", () -> {
          label(ui, "Single selection");
          ui.buttonToggle(ALIGNMENTS, InputsChoiceGallery::align).value(s.align).key("toggle-align");
          received(ui, "toggle-align-received", "Alignment: " + s.align);
          label(ui, "Multiple selection");
          ui.buttonToggle(STYLES, InputsChoiceGallery::styles).multiple(true).values(s.styles).key("toggle-styles");
          received(ui, "toggle-styles-received", "Styles: " + (s.styles.isEmpty() ? "none" : String.join(", ", s.styles)));
          label(ui, "Disabled, no check mark");
          ui.buttonToggle(ALIGNMENTS, e -> { }).value("center").disabled(true).hideSelectionIndicator(true)
              .key("toggle-disabled");
        });
  }

  private static void align(ButtonToggleChangeEvent e) {
    e.state(State.class).align = e.value();
  }

  private static void styles(ButtonToggleChangeEvent e) {
    e.state(State.class).styles = new ArrayList<>(e.values());
  }
}
