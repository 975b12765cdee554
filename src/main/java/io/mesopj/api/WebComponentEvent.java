package io.mesopj.api;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.mesopj.protocol.UserEvent;
import io.mesopj.internal.core.EventContext;
import java.lang.reflect.Type;

/** A DOM event dispatched by a {@link WebComponent}; carries the event's {@code detail} as JSON. */
public final class WebComponentEvent extends Event {
  private static final Gson GSON = new Gson();

  private final JsonElement detail;

  WebComponentEvent(EventContext context, UserEvent e) {
    super(context, e.getKey());
    if (e.getPayloadCase() != UserEvent.PayloadCase.WEB_COMPONENT) {
      throw new IllegalArgumentException("expected a web component event, got " + e.getPayloadCase());
    }
    String json = e.getWebComponent().getJson();
    try {
      this.detail = JsonParser.parseString(json.isEmpty() ? "null" : json);
    } catch (JsonParseException e2) {
      throw new IllegalArgumentException("the web component event's detail is not JSON", e2);
    }
  }

  /** The event's {@code detail} as JSON text ({@code "null"} when it had none). */
  public String json() {
    return detail.toString();
  }

  /** The detail as a parsed JSON tree. */
  public JsonElement detail() {
    return detail;
  }

  /**
   * The detail read into {@code type} (a record, POJO, {@code Map}, {@code Integer}, ...).
   *
   * @throws MesopException when the JSON does not fit the type
   */
  public <T> T detail(Class<T> type) {
    return detail((Type) type);
  }

  /** The detail read into a generic type (e.g. from a Gson {@code TypeToken}). */
  public <T> T detail(Type type) {
    try {
      return GSON.fromJson(detail, type);
    } catch (JsonParseException | IllegalStateException | ClassCastException | NumberFormatException e) {
      throw new MesopException("The web component event's detail " + json() + " does not fit " + type.getTypeName()
          + ": " + e.getMessage(), e);
    }
  }
}
