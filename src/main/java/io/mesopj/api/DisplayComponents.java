package io.mesopj.api;

/** Components that show things: text, markdown, media, feedback, data. Part of {@link Ui}. */
public interface DisplayComponents extends UiScope {
  default Text text(String text) {
    return Text.create(renderContext(), text, null);
  }

  default Text text(String text, Typography typography) {
    return Text.create(renderContext(), text, typography);
  }

  default Markdown markdown(String markdown) {
    return Markdown.create(renderContext(), markdown);
  }
}
