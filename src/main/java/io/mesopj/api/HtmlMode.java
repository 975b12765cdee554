package io.mesopj.api;

/** How {@link Ui#html(String, HtmlMode)} shows application HTML, as Mesop's {@code mode}. */
public enum HtmlMode {
  /**
   * Inserted into the page after DOMPurify has removed scripts, {@code <style>}, inline styles and
   * event handlers (the default).
   */
  SANITIZED("sanitized"),
  /**
   * Shown unchanged in an {@code <iframe sandbox="allow-scripts allow-forms">} (no
   * {@code allow-same-origin}): its scripts and styles run in an opaque origin that cannot reach
   * the app's page, cookies or storage.
   */
  SANDBOXED("sandboxed");

  private final String wireName;

  HtmlMode(String wireName) {
    this.wireName = wireName;
  }

  String wireName() {
    return wireName;
  }
}
