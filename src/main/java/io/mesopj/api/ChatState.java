package io.mesopj.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The state of a {@link Chat}: its messages and whether a reply is streaming. {@code ui.chat}
 * uses this class; for several independent chats in one session, give each its own empty
 * subclass ({@code public static final class SupportChat extends ChatState {}}).
 */
public class ChatState {
  private List<ChatMessage> messages = new ArrayList<>();
  private boolean replying;

  /** The history, oldest first (a read-only view). */
  public List<ChatMessage> messages() {
    return Collections.unmodifiableList(messages);
  }

  /** True while a reply is streaming in. */
  public boolean replying() {
    return replying;
  }

  /** Adds a message (e.g. a greeting in {@code onLoad}). */
  public void add(ChatMessage message) {
    if (message == null) {
      throw new MesopException("A chat message cannot be null");
    }
    messages.add(message);
  }

  /** Forgets the conversation. */
  public void clear() {
    messages.clear();
  }

  void replying(boolean replying) {
    this.replying = replying;
  }

  int size() {
    return messages.size();
  }

  ChatMessage get(int index) {
    return messages.get(index);
  }

  void set(int index, ChatMessage message) {
    messages.set(index, message);
  }
}
