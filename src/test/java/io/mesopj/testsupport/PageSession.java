package io.mesopj.testsupport;

import com.google.protobuf.InvalidProtocolBufferException;
import io.mesopj.protocol.ClickPayload;
import io.mesopj.protocol.QueryParam;
import io.mesopj.protocol.Component;
import io.mesopj.protocol.SessionUpdate;
import io.mesopj.protocol.UiRequest;
import io.mesopj.protocol.UiResponse;
import io.mesopj.protocol.UserEvent;
import io.mesopj.protocol.components.BoxProps;
import io.mesopj.protocol.components.ButtonProps;
import io.mesopj.protocol.components.CheckboxProps;
import io.mesopj.protocol.components.InputProps;
import io.mesopj.protocol.components.TextProps;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One loaded page, as a browser tab holds it: the current tree (patched by every render frame)
 * and the session to send with the next event. Not thread-safe, like a tab: one event at a time.
 */
public final class PageSession {
  private final UiClient client;
  private final String path;
  private final List<QueryParam> queryParams;
  private Component tree;
  private SessionUpdate session;

  PageSession(UiClient client, String path, List<QueryParam> queryParams, UiClient.Response load) {
    this.client = client;
    this.path = path;
    this.queryParams = List.copyOf(queryParams);
    apply(load);
  }

  public Component tree() {
    return tree;
  }

  public SessionUpdate session() {
    return session;
  }

  /** Applies the frames of a successful answer: tree patches and the new session. */
  public void apply(UiClient.Response r) {
    for (UiResponse f : r.frames()) {
      if (f.hasRender()) {
        tree = f.getRender().hasRoot() ? f.getRender().getRoot()
            : PatchApplier.apply(tree, f.getRender().getPatch());
      } else if (f.hasSession()) {
        session = f.getSession();
      }
    }
  }

  /** A user event on this page's session, with a fresh event id. */
  public UserEvent.Builder event(String handlerId) {
    return UserEvent.newBuilder().setStateToken(session.getStateToken()).setSealedState(session.getSealedState())
        .setHandlerId(handlerId).setEventId(UUID.randomUUID().toString());
  }

  /** Sends an event and, if it succeeded, applies its frames. */
  public UiClient.Response send(UserEvent.Builder event) throws IOException, InterruptedException {
    return send(event, Map.of());
  }

  public UiClient.Response send(UserEvent.Builder event, Map<String, String> headers)
      throws IOException, InterruptedException {
    UiClient.Response r = client.post(request(event).toByteArray(), headers);
    if (r.status() == 200) {
      apply(r);
    }
    return r;
  }

  public UiRequest request(UserEvent.Builder event) {
    return UiRequest.newBuilder().setPath(path).addAllQueryParams(queryParams).setUserEvent(event).build();
  }

  public UiClient.Response click(String key) throws IOException, InterruptedException {
    return send(event(clickHandler(key)).setKey(key).setClick(ClickPayload.newBuilder().setIsTarget(true)));
  }

  public UiClient.Response input(String key, String value) throws IOException, InterruptedException {
    return send(event(inputProps(key).getOnInput()).setKey(key).setStringValue(value));
  }

  public UiClient.Response check(String key, boolean checked) throws IOException, InterruptedException {
    return send(event(checkboxProps(key).getOnChange()).setKey(key).setBoolValue(checked));
  }

  public String clickHandler(String key) {
    Component c = component(key);
    try {
      return c.getType().equals("box") ? BoxProps.parseFrom(c.getProps()).getOnClick()
          : ButtonProps.parseFrom(c.getProps()).getOnClick();
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException(e);
    }
  }

  public InputProps inputProps(String key) {
    try {
      return InputProps.parseFrom(component(key).getProps());
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException(e);
    }
  }

  public CheckboxProps checkboxProps(String key) {
    try {
      return CheckboxProps.parseFrom(component(key).getProps());
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException(e);
    }
  }

  public ButtonProps buttonProps(String key) {
    try {
      return ButtonProps.parseFrom(component(key).getProps());
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text of a keyed text component. */
  public String text(String key) {
    try {
      return TextProps.parseFrom(component(key).getProps()).getText();
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException(e);
    }
  }

  /** All text and markdown in the tree, in order, one per line (for loose assertions). */
  public String allText() {
    return Trees.allText(tree);
  }

  public Component component(String key) {
    Component c = UiClient.find(tree, key);
    if (c == null) {
      throw new IllegalStateException("no component with key '" + key + "' on " + path);
    }
    return c;
  }
}
