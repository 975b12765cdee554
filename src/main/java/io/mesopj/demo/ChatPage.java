package io.mesopj.demo;

import io.mesopj.api.ButtonType;
import io.mesopj.api.ClickEvent;
import io.mesopj.api.Event;
import io.mesopj.api.InputEvent;
import io.mesopj.api.Page;
import io.mesopj.api.PageRenderer;
import io.mesopj.api.Shortcut;
import io.mesopj.api.ShortcutEvent;
import io.mesopj.api.Style;
import io.mesopj.api.Ui;
import java.util.ArrayList;
import java.util.List;

/**
 * A chat whose "model" types its reply word by word: a streaming handler that flushes a render
 * after each word. No outside service: the replies come from {@link CannedReplies}.
 */
@Page(path = "/chat", title = "Chat")
public final class ChatPage implements PageRenderer {
  /** The conversation and the prompt being typed. */
  public static final class Chat {
    String prompt = "";
    List<Message> messages = new ArrayList<>();
    boolean replying;
  }

  /** One turn of the conversation. */
  public static final class Message {
    boolean fromUser;
    String text = "";
  }

  private static final Style BUBBLE = Style.of().padding(12, 16).borderRadius(16).maxWidth("80%");
  private static final Style USER = BUBBLE.alignSelf("flex-end")
      .background("var(--md-sys-color-primary-container)");
  private static final Style BOT = BUBBLE.alignSelf("flex-start")
      .background("var(--md-sys-color-surface-container)");

  @Override
  public void render(Ui ui) {
    Chat chat = ui.state(Chat.class);
    DemoLayout.page(ui, "Chat", () -> {
      ui.box(Style.column().gap(12).minHeight("240px"), () -> {
        if (chat.messages.isEmpty()) {
          ui.text("Ask anything. The reply streams in word by word.").style(Style.of().opacity(0.7));
        }
        for (int i = 0; i < chat.messages.size(); i++) {
          Message m = chat.messages.get(i);
          ui.box(m.fromUser ? USER : BOT, () -> {
            if (m.fromUser) {
              ui.text(m.text).style(Style.of().whiteSpace("pre-wrap"));
            } else {
              ui.markdown(m.text);
            }
          }).key("message-" + i);
        }
      }).key("messages");
      ui.box(Style.row().gap(8).alignItems("flex-start"), () -> {
        ui.textarea("Message").value(chat.prompt).autosize(1, 6).onInput(this::prompt)
            .shortcut(Shortcut.of("Enter"), this::sendShortcut).key("prompt")
            .style(Style.of().flexGrow(1));
        ui.button("Send", this::send, ButtonType.FLAT).disabled(chat.replying).key("send");
      });
    });
  }

  void prompt(InputEvent e) {
    e.state(Chat.class).prompt = e.value();
  }

  void sendShortcut(ShortcutEvent e) throws InterruptedException {
    e.state(Chat.class).prompt = e.value();
    reply(e);
  }

  void send(ClickEvent e) throws InterruptedException {
    reply(e);
  }

  private void reply(Event e) throws InterruptedException {
    Chat chat = e.state(Chat.class);
    String prompt = chat.prompt.strip();
    if (prompt.isEmpty() || chat.replying) {
      return;
    }
    Message question = new Message();
    question.fromUser = true;
    question.text = prompt;
    Message answer = new Message();
    chat.messages.add(question);
    chat.messages.add(answer);
    chat.prompt = "";
    chat.replying = true;
    e.flush();
    for (String word : CannedReplies.answer(prompt)) {
      Thread.sleep(40);
      answer.text += word;
      e.flush();
    }
    chat.replying = false;
  }
}
