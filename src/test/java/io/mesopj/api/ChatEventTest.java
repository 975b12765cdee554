package io.mesopj.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mesopj.protocol.UserEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One chat turn: the prompt and an empty reply join the history, the reply streams, the chat is idle after. */
class ChatEventTest {
  public static final class OtherChat extends ChatState {}

  private final FakeEventContext ctx = new FakeEventContext();

  private ChatEvent send(String prompt, Class<? extends ChatState> state) {
    return new ChatEvent(ctx, UserEvent.newBuilder().setHandlerId("h").setStringValue(prompt).build(), state);
  }

  @Test
  void aTurnAddsThePromptAndStreamsTheReply() throws Exception {
    ChatState chat = ctx.state(ChatState.class);
    chat.add(ChatMessage.assistant("Hello!"));
    List<String> seen = new ArrayList<>();
    ctx.onFlush = c -> seen.add(chat.replying() + ":" + chat.messages().get(chat.messages().size() - 1).content());
    List<List<ChatMessage>> histories = new ArrayList<>();

    ChatReplier replier = (prompt, history, reply) -> {
      histories.add(history);
      assertEquals("hi there", prompt);
      reply.append("Hel");
      reply.append("lo");
      assertEquals("Hello", reply.text());
      reply.replace("Hello, you.");
    };
    replier.handle(send("  hi there \n", ChatState.class));

    assertEquals(List.of(ChatMessage.assistant("Hello!")), histories.get(0), "history is what came before");
    assertEquals(List.of(ChatMessage.assistant("Hello!"), ChatMessage.user("hi there"),
        ChatMessage.assistant("Hello, you.")), chat.messages());
    assertFalse(chat.replying());
    assertEquals(List.of("true:", "true:Hel", "true:Hello", "true:Hello, you."), seen,
        "one flush to show the prompt, then one per append");
  }

  @Test
  void blankPromptsAndPromptsDuringAReplyAreIgnored() throws Exception {
    ChatReplier replier = (p, h, r) -> r.append("x");
    replier.handle(send("   ", ChatState.class));
    assertTrue(ctx.state(ChatState.class).messages().isEmpty());
    ctx.state(ChatState.class).replying(true);
    replier.handle(send("hello", ChatState.class));
    assertTrue(ctx.state(ChatState.class).messages().isEmpty());
    assertEquals(0, ctx.flushes);
  }

  @Test
  void aFailingReplierLeavesTheChatIdle() {
    ChatReplier replier = (p, h, r) -> {
      r.append("partial");
      throw new IllegalStateException("model down");
    };
    assertThrows(IllegalStateException.class, () -> replier.handle(send("hi", OtherChat.class)));
    assertFalse(ctx.state(OtherChat.class).replying());
    assertEquals("partial", ctx.state(OtherChat.class).messages().get(1).content());
    assertTrue(ctx.state(ChatState.class).messages().isEmpty(), "each state class is its own chat");
  }

  @Test
  void theReplyCannotBeWrittenOnceTheHistoryWasCleared() {
    ChatReplier replier = (p, h, r) -> {
      r.event().state(ChatState.class).clear();
      r.append("late");
    };
    assertThrows(MesopException.class, () -> replier.handle(send("hi", ChatState.class)));
  }
}
