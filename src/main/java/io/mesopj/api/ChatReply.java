package io.mesopj.api;

/**
 * The bot's message being written by a {@link ChatReplier}. Each {@link #append} shows the new
 * text in the browser at once (it flushes a render), so a reply can stream in chunk by chunk.
 */
public interface ChatReply {
  /** Adds {@code chunk} to the reply and sends the change to the browser. */
  void append(String chunk);

  /** Replaces the whole reply and sends the change to the browser. */
  void replace(String text);

  /** The reply so far. */
  String text();

  /** The event behind this reply: state, commands ({@code navigate}, {@code download}, ...). */
  Event event();
}
