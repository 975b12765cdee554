package io.mesopj.api;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.mesopj.protocol.components.WebComponentProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;
import java.util.Map;
import java.util.TreeMap;

/**
 * An application's own custom element (Mesop's {@code web_component}), defined by an ES module the
 * app serves (e.g. from the WAR's {@code /web-components/} folder). Properties are JSON values set
 * as element properties; DOM events the element dispatches (a {@code CustomEvent} with a JSON-able
 * {@code detail}) reach Java handlers as {@link WebComponentEvent}s.
 *
 * <pre>{@code
 * ui.webComponent("demo-counter", "/web-components/demo-counter.js")
 *     .property("value", s.count)
 *     .on("increment", this::onIncrement);
 * }</pre>
 */
public final class WebComponent extends Component<WebComponent> {
  // Immutable and thread-safe: only turns property values into JSON.
  private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

  private final WebComponentProps.Builder props;
  private final TreeMap<String, JsonElement> properties = new TreeMap<>();

  private WebComponent(RenderContext context, Node node, WebComponentProps.Builder props) {
    super(context, node);
    this.props = props;
  }

  static WebComponent create(RenderContext context, String tag, String modulePath) {
    WebComponentProps.Builder props = WebComponentProps.newBuilder().setTag(WebComponentNames.tag(tag))
        .setModulePath(WebComponentNames.modulePath(modulePath)).setPropertiesJson("{}");
    return new WebComponent(context, Component.add(context, "web_component", props), props);
  }

  /**
   * Sets element property {@code name} to {@code value} turned into JSON (numbers, strings,
   * booleans, lists, maps, records, POJOs). Names {@code src}, {@code srcdoc} and {@code on*}
   * are refused.
   */
  public WebComponent property(String name, Object value) {
    JsonElement json;
    try {
      json = GSON.toJsonTree(value);
    } catch (RuntimeException e) {
      throw new MesopException("Web component property '" + name + "' cannot be turned into JSON: " + e, e);
    }
    properties.put(WebComponentNames.property(name), json);
    JsonObject all = new JsonObject();
    properties.forEach(all::add); // sorted: equal properties give equal bytes, so no needless diff
    props.setPropertiesJson(GSON.toJson(all));
    return this;
  }

  /** Sets several properties; see {@link #property(String, Object)}. */
  public WebComponent properties(Map<String, ?> values) {
    if (values != null) {
      new TreeMap<>(values).forEach(this::property);
    }
    return this;
  }

  /** Calls {@code handler} when the element dispatches a DOM event named {@code event}. */
  public WebComponent on(String event, Handler<WebComponentEvent> handler) {
    String name = WebComponentNames.event(event);
    if (handler == null) {
      props.removeEvents(name);
    } else {
      props.putEvents(name, Handlers.id(context, handler, WebComponentEvent::new));
    }
    return this;
  }

  /** Several events at once; see {@link #on(String, Handler)}. */
  public WebComponent on(Map<String, Handler<WebComponentEvent>> events) {
    if (events != null) {
      new TreeMap<>(events).forEach(this::on);
    }
    return this;
  }
}
