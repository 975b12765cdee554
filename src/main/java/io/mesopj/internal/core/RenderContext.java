package io.mesopj.internal.core;

import com.google.protobuf.Message;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One render pass: the tree being built and the handlers it names. The API's component
 * factories build on it; it lives only while the page's render method runs.
 */
public final class RenderContext {
  private final EventContext request;
  private final HandlerIds handlerIds;
  private final Node root = new Node("box", null);
  private final ArrayDeque<Node> parents = new ArrayDeque<>();
  private final Map<String, HandlerRegistration> handlers = new HashMap<>();
  private boolean finished;

  public RenderContext(EventContext request, HandlerIds handlerIds) {
    this.request = request;
    this.handlerIds = handlerIds;
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

  /** True once the page's render method has returned: no component can be added any more. */
  public boolean finished() {
    return finished;
  }

  /** Adds a component under the current parent (the API checks {@link #finished()} first). */
  public Node add(String type, Message.Builder props) {
    if (finished) {
      throw new IllegalStateException("render finished");
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

  /**
   * Registers a handler for this render and returns its stable id. {@code handler} is the app's
   * function (its identity gives the id); {@code invoker} calls it with a typed event.
   */
  public String handler(Object handler, HandlerInvoker invoker) {
    if (handler == null) {
      return "";
    }
    String id = handlerIds.idOf(handler);
    handlers.putIfAbsent(id, new HandlerRegistration(handler, invoker));
    return id;
  }

  /** Ends the render and returns the root of the tree it built. */
  public Node finish() {
    finished = true;
    return root;
  }

  /** The handlers this render named, by id. */
  public Map<String, HandlerRegistration> handlers() {
    return handlers;
  }
}
