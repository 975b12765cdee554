package io.mesopj.api;

import java.util.Map;

/** Higher-level and extension components: chat, web components. Part of {@link Ui}. */
public sealed interface LabsComponents permits Ui {
  /**
   * A ready-made chat whose history lives in {@link ChatState} (Mesop's {@code mel.chat}):
   * {@code replier} answers each prompt, appending its reply as it streams.
   */
  default Chat chat(ChatReplier replier) {
    return Chat.create(Ui.contextOf(this), ChatState.class, replier);
  }

  /** A chat whose history lives in {@code state} (a {@link ChatState} subclass: one per chat). */
  default Chat chat(Class<? extends ChatState> state, ChatReplier replier) {
    return Chat.create(Ui.contextOf(this), state, replier);
  }

  /**
   * The custom element {@code tag} defined by the ES module at {@code modulePath} (an absolute
   * path in the app, e.g. {@code "/web-components/my-counter.js"}); set its properties and events
   * on the result.
   */
  default WebComponent webComponent(String tag, String modulePath) {
    return WebComponent.create(Ui.contextOf(this), tag, modulePath);
  }

  /**
   * A custom element with its properties (JSON values) and event handlers (DOM event name to
   * handler), as Mesop's {@code web_component}.
   */
  default WebComponent webComponent(String tag, String modulePath, Map<String, ?> properties,
      Map<String, Handler<WebComponentEvent>> events) {
    return WebComponent.create(Ui.contextOf(this), tag, modulePath).properties(properties).on(events);
  }
}
