package io.mesopj.api;

/** One message of a {@link Chat}'s history (Mesop's {@code mel.ChatMessage}). */
public record ChatMessage(ChatRole role, String content) {
  public ChatMessage {
    if (role == null) {
      throw new MesopException("A chat message needs a role");
    }
    content = content == null ? "" : content;
  }

  /** A message the user sent. */
  public static ChatMessage user(String content) {
    return new ChatMessage(ChatRole.USER, content);
  }

  /** A message of the bot. */
  public static ChatMessage assistant(String content) {
    return new ChatMessage(ChatRole.ASSISTANT, content);
  }
}
