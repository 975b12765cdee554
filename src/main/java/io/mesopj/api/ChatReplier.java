package io.mesopj.api;

import java.util.List;

/**
 * Answers a chat prompt (Mesop's {@code transform}). Usually a method reference or a lambda;
 * like every handler it is identified by its code and captured values, so capture only plain
 * values.
 *
 * <pre>{@code
 * ui.chat((prompt, history, reply) -> {
 *   for (String word : model.stream(prompt, history)) reply.append(word);
 * });
 * }</pre>
 */
@FunctionalInterface
public interface ChatReplier extends Handler<ChatEvent> {
  /**
   * Writes the reply to {@code prompt}; {@code history} holds the messages before it.
   * Runs on a handler thread; may block (a model call) and append as chunks arrive.
   */
  void reply(String prompt, List<ChatMessage> history, ChatReply reply) throws Exception;

  /** Runs one turn of the chat; called by mesopj when the user sends a prompt. */
  @Override
  default void handle(ChatEvent event) throws Exception {
    event.converse(this);
  }
}
