package io.mesopj.demo.gallery;

import io.mesopj.api.ButtonType;
import io.mesopj.api.ChatState;
import io.mesopj.api.ClickEvent;
import io.mesopj.api.Handler;
import io.mesopj.api.Style;
import io.mesopj.api.Ui;
import io.mesopj.api.WebComponentEvent;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Gallery sections of the labs components and of downloads. */
final class LabsGallery {
  /** What the labs sections remember. */
  public static final class State {
    int counter = 3;
    String counterEvent = "none";
    String download = "none";
  }

  /** The gallery chat's history (its own class, so it is independent of any other chat). */
  public static final class GalleryChat extends ChatState {}

  /** What the counter web component puts in its events' detail. */
  record CounterDetail(int value) {}

  static final String CSV = "fruit,colour,kcal\ngrapefruit,pink,42\npineapple,yellow,50\n\"ice, cream\",white,207\n";
  private static final Style ROW = Style.row().gap(12).alignItems("center").flexWrap("wrap");
  private static final Style RESULT = Style.of().color("var(--md-sys-color-on-surface-variant)");

  private LabsGallery() {}

  static void render(Ui ui) {
    State s = ui.state(State.class);
    GallerySection.section(ui, "chat", "Chat",
        "`ui.chat(State.class, (prompt, history, reply) -> reply.append(chunk))`: history, a prompt box"
            + " (Enter sends, Shift+Enter adds a line) and a reply that streams in.", () -> {
          ui.chat(GalleryChat.class, GalleryReplies::reply).title("Canned assistant").botName("Gallery bot")
              .placeholder("Ask the canned assistant").style(Style.of().height(420)).key("chat");
          ui.button("Clear conversation", LabsGallery::clearChat).key("chat-clear");
        });
    GallerySection.section(ui, "web-component", "Web component",
        "`ui.webComponent(tag, \"/web-components/x.js\", properties, events)`: your own custom element from"
            + " an ES module in the WAR; properties are JSON, DOM events reach Java handlers.", () -> {
          Map<String, Handler<WebComponentEvent>> events =
              Map.of("increment", LabsGallery::counterChanged, "decrement", LabsGallery::counterChanged);
          ui.box(ROW, () -> {
            ui.webComponent("demo-counter", "/web-components/demo-counter.js",
                Map.of("value", s.counter, "label", "Clicks"), events).key("counter");
            ui.button("Reset from Java", LabsGallery::resetCounter).key("counter-reset");
          });
          ui.text("Value in Java state: " + s.counter + "; last event detail: " + s.counterEvent)
              .style(RESULT).key("counter-result");
        });
    GallerySection.section(ui, "download", "Download",
        "`e.download(filename, mimeType, bytes)` in a handler sends a file; the browser saves it.", () -> {
          ui.button("Download CSV", LabsGallery::downloadCsv, ButtonType.FLAT).key("download-csv");
          ui.text("Sent: " + s.download).style(RESULT).key("download-result");
        });
  }

  static void clearChat(ClickEvent e) {
    e.state(GalleryChat.class).clear();
  }

  static void counterChanged(WebComponentEvent e) {
    State s = e.state(State.class);
    s.counter = e.detail(CounterDetail.class).value();
    s.counterEvent = e.json();
  }

  static void resetCounter(ClickEvent e) {
    e.state(State.class).counter = 0;
  }

  static void downloadCsv(ClickEvent e) {
    byte[] bytes = CSV.getBytes(StandardCharsets.UTF_8);
    e.download("fruit.csv", "text/csv", bytes);
    e.state(LabsGallery.State.class).download = "fruit.csv, " + bytes.length + " bytes";
  }
}
