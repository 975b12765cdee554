package io.mesopj.demo;

import io.mesopj.api.ButtonType;
import io.mesopj.api.CheckboxChangeEvent;
import io.mesopj.api.ClickEvent;
import io.mesopj.api.InputBlurEvent;
import io.mesopj.api.InputEvent;
import io.mesopj.api.Page;
import io.mesopj.api.PageRenderer;
import io.mesopj.api.Style;
import io.mesopj.api.Typography;
import io.mesopj.api.Ui;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A form: text input, textarea and checkbox, with the submitted entries listed below. */
@Page(path = "/form", title = "Form")
public final class FormPage implements PageRenderer {
  /** What the user is typing, and what was submitted. */
  public static final class Form {
    String name = "";
    String message = "";
    boolean subscribe = true;
    List<Entry> submitted = new ArrayList<>();
  }

  /** One submitted form. */
  public static final class Entry {
    String name;
    String message;
    boolean subscribe;
    Instant at;
  }

  @Override
  public void render(Ui ui) {
    Form f = ui.state(Form.class);
    DemoLayout.page(ui, "Form", () -> {
      ui.box(DemoLayout.CARD, () -> {
        ui.input("Name").value(f.name).onInput(this::name).onBlur(this::nameBlur).key("name")
            .style(Style.of().width("100%"));
        ui.textarea("Message").value(f.message).rows(4).onInput(this::message).key("message")
            .style(Style.of().width("100%"));
        ui.checkbox("Subscribe to the newsletter", f.subscribe, this::subscribe).key("subscribe");
        ui.box(Style.row().gap(8).flexWrap("wrap"), () -> {
          ui.button("Submit", this::submit, ButtonType.FLAT).disabled(f.name.isBlank()).key("submit");
          ui.button("Clear", this::clear).key("clear");
        });
      });
      if (!f.submitted.isEmpty()) {
        ui.text("Submitted", Typography.HEADLINE_6);
        for (int i = 0; i < f.submitted.size(); i++) {
          Entry e = f.submitted.get(i);
          ui.box(DemoLayout.CARD, () -> {
            ui.text(e.name + (e.subscribe ? " (subscribed)" : ""), Typography.SUBTITLE_1);
            ui.text(e.message.isEmpty() ? "(no message)" : e.message, Typography.BODY_1)
                .style(Style.of().whiteSpace("pre-wrap"));
          }).key("entry-" + i);
        }
      }
    });
  }

  void name(InputEvent e) {
    e.state(Form.class).name = e.value();
  }

  void nameBlur(InputBlurEvent e) {
    e.state(Form.class).name = e.value().strip();
  }

  void message(InputEvent e) {
    e.state(Form.class).message = e.value();
  }

  void subscribe(CheckboxChangeEvent e) {
    e.state(Form.class).subscribe = e.checked();
  }

  void submit(ClickEvent e) {
    Form f = e.state(Form.class);
    Entry entry = new Entry();
    entry.name = f.name;
    entry.message = f.message;
    entry.subscribe = f.subscribe;
    entry.at = Instant.now();
    f.submitted.add(entry);
    f.name = "";
    f.message = "";
  }

  void clear(ClickEvent e) {
    Form f = e.state(Form.class);
    f.name = "";
    f.message = "";
    f.subscribe = true;
  }
}
