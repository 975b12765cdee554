package io.mesopj.demo.gallery;

import static io.mesopj.demo.gallery.InputsParts.COLUMN;
import static io.mesopj.demo.gallery.InputsParts.GRID;
import static io.mesopj.demo.gallery.InputsParts.WIDE;
import static io.mesopj.demo.gallery.InputsParts.label;
import static io.mesopj.demo.gallery.InputsParts.received;

import io.mesopj.api.AutocompleteEnterEvent;
import io.mesopj.api.AutocompleteSelectionChangeEvent;
import io.mesopj.api.InputBlurEvent;
import io.mesopj.api.InputEnterEvent;
import io.mesopj.api.InputEvent;
import io.mesopj.api.InputType;
import io.mesopj.api.Option;
import io.mesopj.api.OptionGroup;
import io.mesopj.api.Shortcut;
import io.mesopj.api.ShortcutEvent;
import io.mesopj.api.Style;
import io.mesopj.api.Ui;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Gallery sections of the text components: input, textarea, native textarea, autocomplete. */
final class InputsTextGallery {
  /** What the text components sent. */
  public static final class State {
    Map<String, String> typed = new LinkedHashMap<>();
    String eventInput = "";
    String eventBlur = "";
    String eventEnter = "";
    String draft = "";
    String submitted = "";
    String shortcut = "";
    String autosized = "";
    String nativeText = "";
    String nativeSubmitted = "";
    String place = "California";
    String placeTyped = "";
  }

  private static final Style NATIVE = Style.of().width("100%").boxSizing("border-box").padding("12px 16px")
      .borderRadius(16).border("1px solid var(--md-sys-color-outline-variant)")
      .background("var(--md-sys-color-surface-container-highest)").fontSize(15).lineHeight("22px");

  private InputsTextGallery() {}

  static void render(Ui ui) {
    State s = ui.state(State.class);
    inputs(ui, s);
    textareas(ui, s);
    autocomplete(ui, s);
  }

  private static void inputs(Ui ui, State s) {
    GallerySection.section(ui, "input", "Input",
        "`ui.input(label).type(InputType.X)`: every HTML input type, with `onInput` (after a pause in typing),"
            + " `onBlur` and `onEnter`; `.placeholder`, `.disabled`, `.readonly`, `.outlined()`.", () -> {
          label(ui, "Types (what `onInput` received is under each field)");
          ui.box(GRID, () -> {
            for (InputType t : InputType.values()) {
              String type = t.name().toLowerCase().replace('_', '-');
              ui.box(COLUMN, () -> {
                ui.input(type).type(t).onInput(e -> typed(e, type)).key("input-" + type).style(WIDE);
                received(ui, "input-value-" + type, s.typed.getOrDefault(type, "—"));
              });
            }
          });
          label(ui, "Events");
          ui.box(GRID, () -> {
            ui.input("Type, leave or press Enter").onInput(InputsTextGallery::eventInput)
                .onBlur(InputsTextGallery::eventBlur).onEnter(InputsTextGallery::eventEnter).key("input-events")
                .style(WIDE);
            ui.box(COLUMN, () -> {
              received(ui, "input-on-input", "onInput: " + s.eventInput);
              received(ui, "input-on-blur", "onBlur: " + s.eventBlur);
              received(ui, "input-on-enter", "onEnter: " + s.eventEnter);
            });
          });
          label(ui, "Looks and states");
          ui.box(GRID, () -> {
            ui.input("Filled").placeholder("A placeholder").key("input-filled").style(WIDE);
            ui.input("Outlined").placeholder("A placeholder").outlined().key("input-outlined").style(WIDE);
            ui.input("Required").required(true).outlined().key("input-required").style(WIDE);
            ui.input("Disabled").value("Can't touch this").disabled(true).key("input-disabled").style(WIDE);
            ui.input("Read-only").value("Read, don't write").readonly(true).key("input-readonly").style(WIDE);
          });
        });
  }

  private static void typed(InputEvent e, String type) {
    e.state(State.class).typed.put(type, e.value());
  }

  private static void eventInput(InputEvent e) {
    e.state(State.class).eventInput = e.value();
  }

  private static void eventBlur(InputBlurEvent e) {
    e.state(State.class).eventBlur = e.value();
  }

  private static void eventEnter(InputEnterEvent e) {
    e.state(State.class).eventEnter = e.value();
  }

  private static void textareas(Ui ui, State s) {
    GallerySection.section(ui, "textarea", "Textarea",
        "`ui.textarea(label)` with `.rows(n)` or `.autosize(min, max)`, and keyboard shortcuts:"
            + " `.shortcut(Shortcut.of(\"Enter\").withCtrl(), handler)`. Here Enter sends, Shift+Enter is a new"
            + " line, Ctrl/Alt/Meta+Enter and Escape are shortcuts. `ui.nativeTextarea()` is a bare `<textarea>`.",
        () -> {
          ui.box(GRID, () -> {
            ui.textarea("Three rows").rows(3).key("textarea-rows").style(WIDE);
            ui.box(COLUMN, () -> {
              ui.textarea("Grows from 2 to 6 rows").autosize(2, 6).onInput(InputsTextGallery::autosized)
                  .key("textarea-autosize").style(WIDE);
              received(ui, "textarea-autosize-received", "onInput: " + s.autosized.length() + " characters");
            });
          });
          label(ui, "Shortcuts");
          ui.textarea("Message").value(s.draft).autosize(2, 8).onInput(InputsTextGallery::draft)
              .shortcut(Shortcut.of("Enter"), InputsTextGallery::submit)
              .shortcut(Shortcut.of("Enter").withCtrl(), InputsTextGallery::shortcut)
              .shortcut(Shortcut.of("Enter").withAlt(), InputsTextGallery::shortcut)
              .shortcut(Shortcut.of("Enter").withMeta(), InputsTextGallery::shortcut)
              .shortcut(Shortcut.of("Enter").withCtrl().withShift(), InputsTextGallery::shortcut)
              .shortcut(Shortcut.of("Escape"), InputsTextGallery::shortcut)
              .key("textarea-shortcuts").style(WIDE);
          received(ui, "textarea-submitted", "Submitted: " + s.submitted);
          received(ui, "textarea-shortcut", "Shortcut: " + s.shortcut);
          label(ui, "Native textarea");
          ui.nativeTextarea().placeholder("Native textarea: no frame, styled by the app").autosize(2, 8)
              .value(s.nativeText).onBlur(InputsTextGallery::nativeBlur)
              .shortcut(Shortcut.of("Enter"), InputsTextGallery::nativeSubmit)
              .key("native-textarea").style(NATIVE);
          received(ui, "native-received", "onBlur: " + s.nativeText + "\nSubmitted: " + s.nativeSubmitted);
        });
  }

  private static void autosized(InputEvent e) {
    e.state(State.class).autosized = e.value();
  }

  private static void draft(InputEvent e) {
    e.state(State.class).draft = e.value();
  }

  private static void submit(ShortcutEvent e) {
    State s = e.state(State.class);
    s.submitted = e.value();
    s.draft = "";
  }

  private static void shortcut(ShortcutEvent e) {
    Shortcut k = e.shortcut();
    List<String> parts = new ArrayList<>();
    if (k.ctrl()) {
      parts.add("Ctrl");
    }
    if (k.alt()) {
      parts.add("Alt");
    }
    if (k.shift()) {
      parts.add("Shift");
    }
    if (k.meta()) {
      parts.add("Meta");
    }
    parts.add(k.key());
    e.state(State.class).shortcut = String.join("+", parts) + " with \"" + e.value() + "\"";
  }

  private static void nativeBlur(InputBlurEvent e) {
    e.state(State.class).nativeText = e.value();
  }

  private static void nativeSubmit(ShortcutEvent e) {
    State s = e.state(State.class);
    s.nativeSubmitted = e.value();
    s.nativeText = "";
  }

  private static void autocomplete(Ui ui, State s) {
    GallerySection.section(ui, "autocomplete", "Autocomplete",
        "`ui.autocomplete(label, options)`: suggestions (here grouped by first letter) filtered as you type;"
            + " `onSelectionChange` when one is picked, `onEnter` for free text, `onInput` while typing.", () -> {
          ui.autocomplete("US state", StatesOptions.GROUPED).value(s.place)
              .onInput(InputsTextGallery::placeTyped)
              .onSelectionChange(InputsTextGallery::placePicked)
              .onEnter(InputsTextGallery::placeEntered)
              .key("autocomplete").style(Style.of().width("100%").maxWidth(420));
          received(ui, "autocomplete-selected", "Selected: " + s.place);
          received(ui, "autocomplete-typed", "Typed: " + s.placeTyped);
        });
  }

  private static void placeTyped(InputEvent e) {
    e.state(State.class).placeTyped = e.value();
  }

  private static void placePicked(AutocompleteSelectionChangeEvent e) {
    e.state(State.class).place = e.value();
  }

  private static void placeEntered(AutocompleteEnterEvent e) {
    e.state(State.class).place = e.value();
  }

  /** The US states as options grouped by first letter (Mesop's autocomplete example). */
  static final class StatesOptions {
    static final List<OptionGroup> GROUPED = group(List.of("Alabama", "Alaska", "Arizona", "Arkansas", "California",
        "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
        "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
        "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico",
        "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
        "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
        "West Virginia", "Wisconsin", "Wyoming"));

    private StatesOptions() {}

    private static List<OptionGroup> group(List<String> names) {
      Map<String, List<Option>> byLetter = new LinkedHashMap<>();
      for (String name : names) {
        byLetter.computeIfAbsent(name.substring(0, 1), k -> new ArrayList<>()).add(Option.of(name));
      }
      List<OptionGroup> groups = new ArrayList<>();
      byLetter.forEach((letter, options) -> groups.add(OptionGroup.of(letter, options)));
      return List.copyOf(groups);
    }
  }
}
