package io.mesopj.api;

import io.mesopj.protocol.UserEvent;
import io.mesopj.internal.core.EventContext;
import java.util.List;

/**
 * The user sent a prompt in a {@link Chat}. {@link ChatReplier} receives its parts; this class
 * runs the turn: adds the prompt and an empty reply to the history, shows them, lets the replier
 * write the reply, and marks the chat idle again.
 */
public final class ChatEvent extends Event implements ChatReply {
  private final String prompt;
  private final Class<? extends ChatState> stateType;
  private ChatState chat;
  private int replyIndex = -1;

  ChatEvent(EventContext context, UserEvent e, Class<? extends ChatState> stateType) {
    super(context, e.getKey());
    this.prompt = requireString(e).strip();
    this.stateType = stateType;
  }

  /** The prompt as the user sent it (without leading or trailing blanks). */
  public String prompt() {
    return prompt;
  }

  void converse(ChatReplier replier) throws Exception {
    chat = state(stateType);
    if (prompt.isEmpty() || chat.replying()) {
      return; // nothing to answer, or a reply is still streaming: the browser should not have sent it
    }
    List<ChatMessage> history = List.copyOf(chat.messages());
    chat.add(ChatMessage.user(prompt));
    chat.add(ChatMessage.assistant(""));
    replyIndex = chat.size() - 1;
    chat.replying(true);
    flush();
    try {
      replier.reply(prompt, history, this);
    } finally {
      chat.replying(false);
    }
  }

  @Override
  public void append(String chunk) {
    if (chunk != null && !chunk.isEmpty()) {
      replace(text() + chunk);
    }
  }

  @Override
  public void replace(String text) {
    if (chat == null || replyIndex < 0 || replyIndex >= chat.size() || chat.get(replyIndex).role() != ChatRole.ASSISTANT) {
      throw new MesopException("The chat reply can only be written while the replier runs, and not after"
          + " the history was changed");
    }
    chat.set(replyIndex, ChatMessage.assistant(text));
    flush();
  }

  @Override
  public String text() {
    return chat == null || replyIndex < 0 || replyIndex >= chat.size() ? "" : chat.get(replyIndex).content();
  }

  @Override
  public Event event() {
    return this;
  }
}
