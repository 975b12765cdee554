package io.mesopj.api;

/**
 * The handler a {@link Chat} registers for its prompt box: the app's replier bound to the chat's
 * state class. Its id comes from its two string fields (the state class and the replier's own
 * stable id), so two chats that share a replier but not a state class get different ids.
 */
final class ChatTurnHandler implements Handler<ChatEvent> {
  private static final long serialVersionUID = 1L;

  private final String stateClass;
  private final String replierId;
  // Not part of the id (Gson skips transient fields); the replier's identity is replierId.
  private final transient ChatReplier replier;

  ChatTurnHandler(String stateClass, String replierId, ChatReplier replier) {
    this.stateClass = stateClass;
    this.replierId = replierId;
    this.replier = replier;
  }

  @Override
  public void handle(ChatEvent event) throws Exception {
    replier.handle(event);
  }

  @Override
  public String toString() {
    return "chat turn of " + stateClass + " by replier " + replierId;
  }
}
