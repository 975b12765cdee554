package io.mesopj.api;

import io.mesopj.protocol.components.CodeProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;

/**
 * A block of code with syntax highlighting (Mesop's {@code me.code}). Bundled languages: bash,
 * css, java, javascript, json, python, sql, typescript and xml/html, with their usual aliases;
 * other languages show as plain text.
 */
public final class Code extends Component<Code> {
  private Code(RenderContext context, Node node) {
    super(context, node);
  }

  static Code create(RenderContext context, String code, String language) {
    CodeProps.Builder props = CodeProps.newBuilder().setCode(code == null ? "" : code)
        .setLanguage(language == null ? "" : language);
    return new Code(context, Component.add(context, "code", props));
  }
}
