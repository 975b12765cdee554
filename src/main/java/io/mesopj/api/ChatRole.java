package io.mesopj.api;

/** Who wrote a {@link ChatMessage}. */
public enum ChatRole {
  /** The person using the page. */
  USER,
  /** The bot that replies. */
  ASSISTANT
}
