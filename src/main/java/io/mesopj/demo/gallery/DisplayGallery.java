package io.mesopj.demo.gallery;

import io.mesopj.api.ButtonType;
import io.mesopj.api.ClickEvent;
import io.mesopj.api.HtmlMode;
import io.mesopj.api.MesopException;
import io.mesopj.api.Style;
import io.mesopj.api.Typography;
import io.mesopj.api.Ui;

/**
 * Gallery sections of the display components: text and code here; media, feedback and the table
 * in their own files.
 */
final class DisplayGallery {
  /** State of these sections. */
  public static final class DisplayState {
    int sandboxCount;
  }

  static final Style CAPTION = Style.of().color("var(--md-sys-color-on-surface-variant)");
  static final Style ROW = Style.row().gap(16).alignItems("center").flexWrap("wrap");

  private static final String MARKDOWN = """
      ### Release notes
      Markdown is **GitHub-flavoured**: ~~strikethrough~~, tables, task lists and `inline code`.

      | Version | Date | Notes |
      |---|---|---|
      | 1.1 | 2025-03-01 | Tables and task lists |
      | 1.0 | 2025-01-15 | First release |

      - [x] Render tables
      - [ ] Write more docs

      ```java
      // Fenced code is highlighted.
      record Point(int x, int y) {
        double length() { return Math.hypot(x, y); }
      }
      ```
      """;

  private static final String JAVA = """
      @Page(path = "/counter", title = "Counter")
      public final class CounterPage implements PageRenderer {
        public static final class Counter { int count; }

        @Override public void render(Ui ui) {
          var s = ui.state(Counter.class);
          ui.text("Count: " + s.count, Typography.HEADLINE_4);
          ui.button("Add", e -> e.state(Counter.class).count++);
        }
      }""";

  private static final String PYTHON = """
      import mesop as me

      @me.page(path="/counter")
      def counter():
          s = me.state(Counter)
          me.text(f"Count: {s.count}", type="headline-4")""";

  private static final String SANITIZED = "<p>Sanitised <b>HTML</b> with a <a href=\"https://example.com\">link</a>"
      + " and <mark>markup</mark>.<img src=\"data:,\" alt=\"\" onerror=\"window.__htmlPwned = 'onerror'\"></p>"
      + "<script>window.__htmlPwned = 'script'</script>"
      + "<p style=\"color: red\">Scripts, event handlers and inline styles were removed: nothing ran.</p>";

  private DisplayGallery() {}

  static void render(Ui ui) {
    DisplayState s = ui.state(DisplayState.class);
    GallerySection.section(ui, "text", "Text", "`ui.text(text, Typography.X)`: every typography type.",
        // The largest headlines are wider than a phone: they scroll inside the card.
        () -> ui.box(Style.column().overflowX("auto"), () -> {
          for (Typography t : Typography.values()) {
            ui.text(label(t), t).style(Style.of().whiteSpace("nowrap")).key("text-" + t.cssName());
          }
        }));
    GallerySection.section(ui, "markdown", "Markdown",
        "`ui.markdown(text)`: GitHub-flavoured, sanitised, fenced code highlighted.",
        () -> ui.markdown(MARKDOWN).key("markdown-demo"));
    GallerySection.section(ui, "code", "Code", "`ui.code(code, language)`: a highlighted block of code.", () -> {
      ui.code(JAVA, "java").key("code-java");
      ui.code(PYTHON, "python").key("code-python");
    });
    GallerySection.section(ui, "html", "HTML",
        "`ui.html(html)` sanitises; `ui.html(html, HtmlMode.SANDBOXED)` runs it in an isolated iframe.", () -> {
          ui.html(SANITIZED).key("html-sanitized");
          ui.box(ROW, () -> {
            ui.button("Increment sandboxed HTML", DisplayGallery::incrementSandbox, ButtonType.STROKED)
                .key("html-increment");
            ui.text("The frame below is reloaded with the new count.").style(CAPTION);
          });
          ui.html(sandboxDocument(s.sandboxCount), HtmlMode.SANDBOXED)
              .style(Style.of().height(170).borderRadius(12).overflow("hidden")
                  .border("1px solid var(--md-sys-color-outline-variant)"))
              .key("html-sandboxed");
        });
    GallerySection.section(ui, "link", "Link",
        "`ui.link(text, url)`; `.openInNewTab(true)` adds `target=_blank` with `rel=noopener`.", () -> {
          ui.box(ROW, () -> {
            ui.link("Counter page (same tab)", "/counter").key("link-same-tab");
            ui.link("Counter page (new tab)", "/counter").openInNewTab(true).key("link-new-tab");
            ui.link("example.com", "https://example.com").openInNewTab(true).key("link-external");
          });
          ui.text("ui.link(\"Run\", \"javascript:alert(1)\") → " + refusedLink(ui)).style(CAPTION)
              .key("link-refused");
        });
    GallerySection.section(ui, "icon", "Icon",
        "`ui.icon(name)`: Material Symbols, served by the app itself.", () -> ui.box(ROW, () -> {
          for (String name : new String[] {"home", "favorite", "settings", "search", "delete", "check_circle"}) {
            ui.box(Style.column().alignItems("center").gap(4).width(72), () -> {
              ui.icon(name).style(Style.of().color("var(--md-sys-color-primary)")).key("icon-" + name);
              ui.text(name, Typography.CAPTION);
            });
          }
          ui.icon("star").style(Style.of().fontSize(48).color("var(--md-sys-color-tertiary)")).key("icon-large");
        }));
    GallerySection.section(ui, "divider", "Divider", "`ui.divider()`, or `.inset(true)` for lists.", () -> {
      ui.text("Above the divider");
      ui.divider().key("divider-full");
      ui.text("Between the dividers");
      ui.divider().inset(true).key("divider-inset");
      ui.text("Below the inset divider");
    });
    DisplayMediaGallery.render(ui);
    DisplayFeedbackGallery.render(ui);
    DisplayTableGallery.render(ui);
  }

  private static String label(Typography t) {
    String words = t.cssName().replace('-', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** What ui.link says about a javascript: URL (the refusal is a MesopException: an app bug). */
  private static String refusedLink(Ui ui) {
    try {
      ui.link("Run", "javascript:alert(1)");
      return "accepted";
    } catch (MesopException e) {
      return "MesopException: " + e.getMessage();
    }
  }

  /**
   * A document whose script reports its origin and whether it can reach the page: in the
   * sandbox the origin is "null" and the parent is out of reach.
   */
  private static String sandboxDocument(int count) {
    return """
        <style>
          body { font: 14px/1.5 system-ui, sans-serif; margin: 12px 16px; color: #1d1b20; background: #fef7ff; }
          b { color: #6750a4; }
        </style>
        <p><b id="count">iamsandboxed-%d</b></p>
        <p id="origin">script did not run</p>
        <p id="reach"></p>
        <p id="storage"></p>
        <script>
          document.getElementById('origin').textContent = 'origin: ' + window.origin;
          let reach;
          try { reach = 'parent reachable: ' + window.parent.document.title; }
          catch (e) { reach = 'parent blocked: ' + e.name; }
          document.getElementById('reach').textContent = reach;
          let storage;
          try { storage = 'storage reachable: ' + localStorage.length; }
          catch (e) { storage = 'storage blocked: ' + e.name; }
          document.getElementById('storage').textContent = storage;
          try { window.parent.__sandboxPwned = true; } catch (e) { /* cross-origin */ }
        </script>
        """.formatted(count);
  }

  static void incrementSandbox(ClickEvent e) {
    e.state(DisplayState.class).sandboxCount++;
  }
}
