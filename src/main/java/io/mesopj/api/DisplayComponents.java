package io.mesopj.api;

import java.util.Collection;
import java.util.List;

/** Components that show things: text, markdown, media, feedback, data. Part of {@link Ui}. */
public sealed interface DisplayComponents permits Ui {
  /** Plain text (never interpreted as HTML) in the default body style. */
  default Text text(String text) {
    return Text.create(Ui.contextOf(this), text, null);
  }

  /** Plain text in a Material typography style. */
  default Text text(String text, Typography typography) {
    return Text.create(Ui.contextOf(this), text, typography);
  }

  /** GitHub-flavoured markdown (tables, task lists, strikethrough), sanitised; code blocks highlighted. */
  default Markdown markdown(String markdown) {
    return Markdown.create(Ui.contextOf(this), markdown);
  }

  /** A block of code shown as plain text (no highlighting). */
  default Code code(String code) {
    return Code.create(Ui.contextOf(this), code, null);
  }

  /** A block of code highlighted as {@code language} ({@code "java"}, {@code "python"}, {@code "sql"}, ...). */
  default Code code(String code, String language) {
    return Code.create(Ui.contextOf(this), code, language);
  }

  /** Application HTML, sanitised (scripts, styles and event handlers removed). */
  default Html html(String html) {
    return Html.create(Ui.contextOf(this), html, HtmlMode.SANITIZED);
  }

  /** Application HTML, sanitised or in a sandboxed iframe where its scripts run isolated. */
  default Html html(String html, HtmlMode mode) {
    return Html.create(Ui.contextOf(this), html, mode);
  }

  /**
   * A link to an http(s) URL or a path of this app ({@code "/chat"}); any other scheme
   * ({@code javascript:}, {@code data:}, ...) fails the render with a {@link MesopException}.
   */
  default Link link(String text, String url) {
    return Link.create(Ui.contextOf(this), text, url);
  }

  /** An image from a URL (http(s), a relative path, or a {@code data:}/{@code blob:} URL). */
  default Image image(String src) {
    return Image.fromUrl(Ui.contextOf(this), src);
  }

  /** An image from bytes the app has, e.g. {@code image(png, "image/png")}. */
  default Image image(byte[] data, String mimeType) {
    return Image.fromBytes(Ui.contextOf(this), data, mimeType, "ui.image(bytes, type)");
  }

  /** A video player for a URL. */
  default Video video(String src) {
    return Video.fromUrl(Ui.contextOf(this), src);
  }

  /** A video player for bytes the app has, e.g. {@code video(webm, "video/webm")}. */
  default Video video(byte[] data, String mimeType) {
    return Video.fromBytes(Ui.contextOf(this), data, mimeType);
  }

  /** An audio player for a URL. */
  default Audio audio(String src) {
    return Audio.fromUrl(Ui.contextOf(this), src);
  }

  /** An audio player for bytes the app has, e.g. {@code audio(wav, "audio/wav")}. */
  default Audio audio(byte[] data, String mimeType) {
    return Audio.fromBytes(Ui.contextOf(this), data, mimeType);
  }

  /** A Material Symbols icon by name, e.g. {@code icon("home")}. */
  default Icon icon(String icon) {
    return Icon.create(Ui.contextOf(this), icon);
  }

  /** Another page (an https URL or a path of this app) in a sandboxed iframe. */
  default Embed embed(String src) {
    return Embed.create(Ui.contextOf(this), src);
  }

  /** A chart the app drew, as an SVG document; shown as an image, so nothing in it runs. */
  default Image plot(String svg) {
    return Plots.svg(Ui.contextOf(this), svg);
  }

  /** A chart the app drew, as PNG bytes. */
  default Image plot(byte[] png) {
    return Plots.png(Ui.contextOf(this), png);
  }

  /** An indeterminate linear progress bar. */
  default ProgressBar progressBar() {
    return ProgressBar.create(Ui.contextOf(this), ProgressBarMode.INDETERMINATE);
  }

  /** A determinate linear progress bar at {@code percent} (0 to 100). */
  default ProgressBar progressBar(double percent) {
    return ProgressBar.create(Ui.contextOf(this), ProgressBarMode.DETERMINATE).value(percent);
  }

  /** A linear progress bar in the given mode. */
  default ProgressBar progressBar(ProgressBarMode mode) {
    return ProgressBar.create(Ui.contextOf(this), mode);
  }

  /** A spinning circular progress indicator. */
  default ProgressSpinner progressSpinner() {
    return ProgressSpinner.create(Ui.contextOf(this));
  }

  /** Shows {@code message} while the pointer or focus is on the components {@code content} adds. */
  default Tooltip tooltip(String message, Runnable content) {
    return Tooltip.create(Ui.contextOf(this), message, content);
  }

  /** A small count or label ({@code content}) on the corner of the components {@code children} adds. */
  default Badge badge(String content, Runnable children) {
    return Badge.create(Ui.contextOf(this), content, children);
  }

  /** A thin horizontal rule. */
  default Divider divider() {
    return Divider.create(Ui.contextOf(this));
  }

  /**
   * A table of text cells: column names and rows of cells in column order (each cell shown with
   * {@code String.valueOf}; null is empty; a short row is padded).
   */
  default Table table(List<String> columns, List<? extends List<?>> rows) {
    return Table.create(Ui.contextOf(this), columns, rows);
  }

  /** A table with one row per item, its cells given by each column's function. */
  default <T> Table table(List<TableColumn<T>> columns, Collection<? extends T> items) {
    return Table.create(Ui.contextOf(this), columns, items);
  }
}
