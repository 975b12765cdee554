package io.mesopj.api;

import io.mesopj.protocol.components.ChatMessageProps;
import io.mesopj.protocol.components.ChatProps;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * A ready-made chat (Mesop's {@code mel.chat}): the history of user and bot messages, and a
 * prompt box (Enter sends, Shift+Enter starts a new line). A sent prompt goes to the
 * {@link ChatReplier}, whose reply streams into the history as it appends. The history lives in a
 * {@link ChatState} (or a subclass, for several chats). Bot messages are markdown.
 */
public final class Chat extends Component<Chat> {
  static final String DEFAULT_BOT_NAME = "mesopj-bot";
  private static final Style USER_TEXT = Style.of().whiteSpace("pre-wrap").wordBreak("break-word");

  private final ChatProps.Builder props;
  private final List<ChatMessageProps.Builder> botMessages;

  private Chat(RenderContext context, Node node, ChatProps.Builder props, List<ChatMessageProps.Builder> botMessages) {
    super(context, node);
    this.props = props;
    this.botMessages = botMessages;
  }

  static Chat create(RenderContext context, Class<? extends ChatState> stateType, ChatReplier replier) {
    if (stateType == null || replier == null) {
      throw new MesopException("ui.chat needs a state class and a replier");
    }
    ChatState state = context.state(stateType);
    // The replier's own stable id, folded into the id of the prompt box's handler.
    String replierId = Handlers.id(context, replier, (ctx, e) -> new ChatEvent(ctx, e, stateType));
    ChatTurnHandler turn = new ChatTurnHandler(stateType.getName(), replierId, replier);
    ChatProps.Builder props = ChatProps.newBuilder().setReplying(state.replying())
        .setOnSend(Handlers.id(context, turn, (ctx, e) -> new ChatEvent(ctx, e, stateType)));
    Node node = Component.add(context, "chat", props);
    List<ChatMessageProps.Builder> botMessages = new ArrayList<>();
    Ui ui = new Ui(context);
    context.within(node, () -> {
      List<ChatMessage> messages = state.messages();
      for (int i = 0; i < messages.size(); i++) {
        ChatMessage m = messages.get(i);
        boolean bot = m.role() == ChatRole.ASSISTANT;
        ChatMessageProps.Builder message = ChatMessageProps.newBuilder().setRole(bot ? "assistant" : "user")
            .setPending(bot && m.content().isEmpty() && state.replying() && i == messages.size() - 1);
        Node row = Component.add(context, "chat_message", message);
        row.key("chat-message-" + i);
        if (bot) {
          message.setName(DEFAULT_BOT_NAME);
          botMessages.add(message);
          if (!m.content().isEmpty()) {
            context.within(row, () -> ui.markdown(m.content()));
          }
        } else {
          context.within(row, () -> ui.text(m.content()).style(USER_TEXT));
        }
      }
    });
    return new Chat(context, node, props, botMessages);
  }

  /** A headline above the history. */
  public Chat title(String title) {
    props.setTitle(title == null ? "" : title);
    return this;
  }

  /** The name shown above the bot's messages (Mesop's {@code bot_user}; default "mesopj-bot"). */
  public Chat botName(String name) {
    for (ChatMessageProps.Builder m : botMessages) {
      m.setName(name == null ? "" : name);
    }
    return this;
  }

  /** The prompt box's label (default "Enter your prompt"). */
  public Chat placeholder(String placeholder) {
    props.setPlaceholder(placeholder == null ? "" : placeholder);
    return this;
  }
}
