package io.mesopj.internal.runtime;

import io.mesopj.api.MesopException;
import io.mesopj.api.PageRenderer;
import io.mesopj.protocol.Command;
import io.mesopj.protocol.Component;
import io.mesopj.internal.core.EventContext;
import io.mesopj.internal.core.HandlerIds;
import io.mesopj.internal.core.HandlerRegistration;
import io.mesopj.internal.core.RenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything one UI request works with: its page instance, its states, its queued commands, and
 * the view of the client's tree that its render frames are diffed against.
 */
final class RequestContext implements EventContext {
  /** The tree a render produced, and the handlers it named. */
  record Rendered(Component root, Map<String, HandlerRegistration> handlers) {}

  private final PageDefinition page;
  private final PageRenderer renderer;
  private final StateSet states;
  private final String path;
  private final Map<String, List<String>> queryParams; // this request's copy; handlers may change it
  private final Map<String, String> pathParams;
  private final HandlerIds handlerIds;
  private final FrameSink sink;
  private final ClientView view;
  private final long maxUploadBytes;
  private final List<Command> commands = new ArrayList<>();

  RequestContext(PageMatch match, StateSet states, String path, Map<String, List<String>> queryParams,
      HandlerIds handlerIds, FrameSink sink, ClientView view, long maxUploadBytes) {
    PageDefinition page = match.page();
    this.page = page;
    this.renderer = page.newRenderer();
    this.states = states;
    this.path = path;
    this.queryParams = new java.util.LinkedHashMap<>(queryParams);
    this.pathParams = match.pathParams();
    this.handlerIds = handlerIds;
    this.sink = sink;
    this.view = view;
    this.maxUploadBytes = maxUploadBytes;
  }

  @Override
  public long maxUploadBytes() {
    return maxUploadBytes;
  }

  PageDefinition page() {
    return page;
  }

  PageRenderer renderer() {
    return renderer;
  }

  StateSet states() {
    return states;
  }

  HandlerIds handlerIds() {
    return handlerIds;
  }

  ClientView view() {
    return view;
  }

  Rendered render() {
    RenderContext rc = new RenderContext(this, handlerIds);
    try {
      renderer.render(ApiAccess.ui(rc));
    } catch (MesopException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new RenderFailure(page.path(), e);
    }
    return new Rendered(rc.finish().toProto(), rc.handlers());
  }

  @Override
  public <T> T state(Class<T> type) {
    return states.get(type);
  }

  /** A handler's flush: render, send the change, and push it to the network at once. */
  @Override
  public void flush() {
    sendRender();
    sink.push();
  }

  /** Renders and sends the change (it may wait in the sink's buffer until the response ends). */
  void sendRender() {
    Component tree = render().root();
    List<Command> pending;
    synchronized (this) {
      pending = List.copyOf(commands);
      commands.clear();
    }
    view.render(tree, pending, sink);
  }

  @Override
  public synchronized void command(Command command) {
    commands.add(command);
  }

  @Override
  public String path() {
    return path;
  }

  @Override
  public synchronized Map<String, List<String>> queryParams() {
    return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(queryParams));
  }

  @Override
  public synchronized void setQueryParam(String key, List<String> values) {
    if (values.isEmpty()) {
      queryParams.remove(key);
    } else {
      queryParams.put(key, List.copyOf(values));
    }
    io.mesopj.protocol.UpdateQueryParamsCommand.Builder update = io.mesopj.protocol.UpdateQueryParamsCommand.newBuilder();
    queryParams.forEach((k, v) -> update.addQueryParams(io.mesopj.protocol.QueryParam.newBuilder().setKey(k)
        .addAllValues(v)));
    commands.removeIf(Command::hasUpdateQueryParams); // only the latest query matters
    commands.add(Command.newBuilder().setUpdateQueryParams(update).build());
  }

  @Override
  public Map<String, String> pathParams() {
    return pathParams;
  }

  /** The page's render method threw: an application bug, reported as such. */
  static final class RenderFailure extends RuntimeException {
    RenderFailure(String path, RuntimeException cause) {
      super("Rendering page " + path + " failed: " + cause, cause);
    }
  }
}
