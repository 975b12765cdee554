package io.mesopj.testsupport;

import com.google.protobuf.InvalidProtocolBufferException;
import io.mesopj.protocol.Component;
import io.mesopj.protocol.components.MarkdownProps;
import io.mesopj.protocol.components.TextProps;

/** Reading component trees in tests. */
public final class Trees {
  private Trees() {}

  /** All text and markdown in the tree, in order, one per line (for loose assertions). */
  public static String allText(Component root) {
    StringBuilder sb = new StringBuilder();
    collect(root, sb);
    return sb.toString();
  }

  private static void collect(Component c, StringBuilder sb) {
    try {
      if (c.getType().equals("text")) {
        sb.append(TextProps.parseFrom(c.getProps()).getText()).append('\n');
      } else if (c.getType().equals("markdown")) {
        sb.append(MarkdownProps.parseFrom(c.getProps()).getText()).append('\n');
      }
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException(e);
    }
    for (Component child : c.getChildrenList()) {
      collect(child, sb);
    }
  }
}
