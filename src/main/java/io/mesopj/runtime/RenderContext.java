package io.mesopj.runtime;

import com.google.protobuf.Message;
import io.mesopj.api.Event;
import io.mesopj.api.Handler;
import io.mesopj.api.MesopException;
import io.mesopj.runtime.handler.EventFactory;
import io.mesopj.runtime.handler.HandlerRegistration;
import io.mesopj.runtime.tree.Node;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One render pass: the tree being built and the handlers it names. Used by {@link io.mesopj.api.Ui};
 * lives only while the page's render method runs.
 */
public final class RenderContext {
  private final RequestContext request;
  private final Node root = new Node("box", null);
  private final ArrayDeque<Node> parents = new ArrayDeque<>();
  private final Map<String, HandlerRegistration<?>> handlers = new HashMap<>();
  private boolean finished;

  RenderContext(RequestContext request) {
    this.request = request;
    parents.push(root);
  }

  public <T> T state(Class<T> type) {
    return request.state(type);
  }

  public String path() {
    return request.path();
  }

  public Map<String, List<String>> queryParams() {
    return request.queryParams();
  }

  public Map<String, String> pathParams() {
    return request.pathParams();
  }

  /** Largest file an uploader accepts (MESOPJ_UPLOAD_MAX_BYTES), for components that tell the browser. */
  public long maxUploadBytes() {
    return request.maxUploadBytes();
  }

  /** Adds a component under the current parent. */
  public Node add(String type, Message.Builder props) {
    if (finished) {
      throw new MesopException("Components can only be created while the page renders, not in a handler"
          + " or another thread.");
    }
    Node node = new Node(type, props);
    parents.peek().addChild(node);
    return node;
  }

  /** Runs {@code children} with {@code parent} as the place new components go. */
  public void within(Node parent, Runnable children) {
    parents.push(parent);
    try {
      children.run();
    } finally {
      parents.pop();
    }
  }

  /** Registers a handler for this render and returns its stable id. */
  public <E extends Event> String handler(Handler<E> handler, EventFactory<E> factory) {
    if (handler == null) {
      return "";
    }
    String id = request.handlerIds().idOf(handler);
    handlers.putIfAbsent(id, new HandlerRegistration<>(handler, factory));
    return id;
  }

  Node finish() {
    finished = true;
    return root;
  }

  Map<String, HandlerRegistration<?>> handlers() {
    return handlers;
  }
}
