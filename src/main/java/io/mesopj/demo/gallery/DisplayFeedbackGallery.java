package io.mesopj.demo.gallery;

import io.mesopj.api.BadgePosition;
import io.mesopj.api.BadgeSize;
import io.mesopj.api.ButtonType;
import io.mesopj.api.ClickEvent;
import io.mesopj.api.ProgressBarAnimationEndEvent;
import io.mesopj.api.ProgressBarMode;
import io.mesopj.api.Style;
import io.mesopj.api.ThemeColor;
import io.mesopj.api.TooltipPosition;
import io.mesopj.api.Typography;
import io.mesopj.api.Ui;

/** Gallery sections of the feedback display components: progress, tooltip, badge. */
final class DisplayFeedbackGallery {
  /** State of these sections. */
  public static final class FeedbackState {
    int progress = 40;
    String animationEnded = "";
    int unread = 3;
  }

  private static final Style BAR_ROW = Style.column().gap(4);

  private DisplayFeedbackGallery() {}

  static void render(Ui ui) {
    FeedbackState s = ui.state(FeedbackState.class);
    GallerySection.section(ui, "progress-bar", "Progress bar",
        "`ui.progressBar(percent)`, `ui.progressBar(ProgressBarMode.X)`; `.onAnimationEnd(handler)` reports"
            + " the value reached.", () -> {
          ui.box(BAR_ROW, () -> {
            ui.text("Determinate: " + s.progress + "%", Typography.BODY_2).key("progress-label");
            ui.progressBar(s.progress).onAnimationEnd(DisplayFeedbackGallery::animationEnded)
                .key("progress-determinate");
          });
          ui.box(DisplayGallery.ROW, () -> {
            ui.button("−10", DisplayFeedbackGallery::less, ButtonType.STROKED).key("progress-less");
            ui.button("+10", DisplayFeedbackGallery::more, ButtonType.FLAT).key("progress-more");
            ui.text(s.animationEnded.isEmpty() ? "Change the value to animate the bar."
                : "Animation ended at " + s.animationEnded + "%").style(DisplayGallery.CAPTION)
                .key("progress-ended");
          });
          ui.box(BAR_ROW, () -> {
            ui.text("Buffer", Typography.BODY_2);
            ui.progressBar(ProgressBarMode.BUFFER).value(s.progress).bufferValue(Math.min(100, s.progress + 25))
                .key("progress-buffer");
          });
          ui.box(BAR_ROW, () -> {
            ui.text("Indeterminate (accent)", Typography.BODY_2);
            ui.progressBar().color(ThemeColor.ACCENT).key("progress-indeterminate");
          });
          ui.box(BAR_ROW, () -> {
            ui.text("Query (warn)", Typography.BODY_2);
            ui.progressBar(ProgressBarMode.QUERY).color(ThemeColor.WARN).key("progress-query");
          });
        });
    GallerySection.section(ui, "progress-spinner", "Progress spinner",
        "`ui.progressSpinner()`; `.diameter(px)`, `.strokeWidth(px)`, `.color(ThemeColor.X)`.",
        () -> ui.box(DisplayGallery.ROW, () -> {
          ui.progressSpinner().key("spinner-default");
          ui.progressSpinner().diameter(32).strokeWidth(3).color(ThemeColor.ACCENT).key("spinner-small");
          ui.progressSpinner().diameter(64).strokeWidth(6).color(ThemeColor.WARN).key("spinner-large");
        }));
    GallerySection.section(ui, "tooltip", "Tooltip",
        "`ui.tooltip(message, () -> {...})`: shown on hover or keyboard focus; Escape hides it.",
        () -> ui.box(DisplayGallery.ROW, () -> {
          ui.tooltip("Saves your work", () -> ui.button("Save", e -> { }, ButtonType.FLAT).key("tooltip-button"))
              .position(TooltipPosition.BELOW).key("tooltip-save");
          ui.tooltip("Settings live here", () -> ui.icon("settings").key("tooltip-icon"))
              .position(TooltipPosition.RIGHT).key("tooltip-settings");
          ui.tooltip("Left of the text (Mesop's default)", () -> ui.text("Hover me"))
              .showDelayMs(300).key("tooltip-text");
        }));
    GallerySection.section(ui, "badge", "Badge",
        "`ui.badge(content, () -> {...})`: a count or label on its content.", () -> {
          ui.box(DisplayGallery.ROW.gap(24).padding("12px 8px"), () -> {
            ui.badge(Integer.toString(s.unread), () -> ui.icon("mail").style(Style.of().fontSize(32)))
                .overlap(true).size(BadgeSize.MEDIUM).color(ThemeColor.WARN).hidden(s.unread == 0)
                .description(s.unread + " unread messages").key("badge-mail");
            ui.button("New message", DisplayFeedbackGallery::newMessage, ButtonType.STROKED).key("badge-add");
            ui.button("Mark all read", DisplayFeedbackGallery::markRead).disabled(s.unread == 0).key("badge-clear");
          });
          ui.box(DisplayGallery.ROW.gap(48).padding("16px 24px"), () -> {
            for (BadgePosition p : new BadgePosition[] {BadgePosition.ABOVE_BEFORE, BadgePosition.ABOVE_AFTER,
                BadgePosition.BELOW_BEFORE, BadgePosition.BELOW_AFTER}) {
              ui.badge("1", () -> ui.box(Style.of().width(48).height(32).borderRadius(8)
                  .background("var(--md-sys-color-secondary-container)"))).position(p).overlap(true);
            }
            ui.badge("new", () -> ui.text("Label")).size(BadgeSize.SMALL).color(ThemeColor.ACCENT)
                .position(BadgePosition.AFTER);
          });
        });
  }

  static void less(ClickEvent e) {
    FeedbackState s = e.state(FeedbackState.class);
    s.progress = Math.max(0, s.progress - 10);
  }

  static void more(ClickEvent e) {
    FeedbackState s = e.state(FeedbackState.class);
    s.progress = Math.min(100, s.progress + 10);
  }

  static void animationEnded(ProgressBarAnimationEndEvent e) {
    e.state(FeedbackState.class).animationEnded = String.valueOf(Math.round(e.value()));
  }

  static void newMessage(ClickEvent e) {
    e.state(FeedbackState.class).unread++;
  }

  static void markRead(ClickEvent e) {
    e.state(FeedbackState.class).unread = 0;
  }
}
