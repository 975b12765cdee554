package io.mesopj.internal.core;

import com.google.protobuf.ByteString;
import com.google.protobuf.Message;
import io.mesopj.protocol.Component;
import java.util.ArrayList;
import java.util.List;

/**
 * A component instance while a render builds the tree. Mutable only during that render;
 * {@link #toProto()} turns the finished tree into its wire form.
 */
public final class Node {
  private final String type;
  private final Message.Builder props;
  private String key = "";
  private io.mesopj.protocol.Style style;
  private List<Node> children;

  public Node(String type, Message.Builder props) {
    this.type = type;
    this.props = props;
  }

  public String type() {
    return type;
  }

  public String key() {
    return key;
  }

  public void key(String key) {
    this.key = key == null ? "" : key;
  }

  /** The component's inline style; null or empty for none. */
  public void style(io.mesopj.protocol.Style style) {
    this.style = style;
  }

  public void addChild(Node child) {
    if (children == null) {
      children = new ArrayList<>();
    }
    children.add(child);
  }

  public List<Node> children() {
    return children == null ? List.of() : children;
  }

  public Component toProto() {
    Component.Builder b = Component.newBuilder().setType(type);
    if (!key.isEmpty()) {
      b.setKey(key);
    }
    if (props != null) {
      ByteString bytes = props.build().toByteString();
      if (!bytes.isEmpty()) {
        b.setProps(bytes);
      }
    }
    if (style != null && style.getDeclarationsCount() > 0) {
      b.setStyle(style);
    }
    if (children != null) {
      for (Node child : children) {
        b.addChildren(child.toProto());
      }
    }
    return b.build();
  }
}
