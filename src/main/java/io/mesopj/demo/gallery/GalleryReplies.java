package io.mesopj.demo.gallery;

import io.mesopj.api.ChatMessage;
import io.mesopj.api.ChatReply;
import java.util.List;
import java.util.Locale;

/** The gallery chat's "model": a canned reply, streamed word by word. No outside service. */
final class GalleryReplies {
  private GalleryReplies() {}

  /** A {@link io.mesopj.api.ChatReplier}: appends one word every few milliseconds. */
  static void reply(String prompt, List<ChatMessage> history, ChatReply reply) throws InterruptedException {
    for (String word : words(answer(prompt, history.size() / 2 + 1))) {
      Thread.sleep(15);
      reply.append(word);
    }
  }

  static String answer(String prompt, int turn) {
    String p = prompt.toLowerCase(Locale.ROOT);
    if (p.contains("java")) {
      return "In mesopj a chat is `ui.chat(replier)`: the replier gets the **prompt**, the **history** and a"
          + " reply to `append` to, and each append streams to the browser.";
    }
    return "Turn " + turn + ". You said: \"" + prompt.replace("\n", " ") + "\". This canned reply arrives word by"
        + " word.";
  }

  /** Splits text into words that keep their leading space, so appending them rebuilds it. */
  static List<String> words(String text) {
    List<String> words = new java.util.ArrayList<>();
    int start = 0;
    for (int i = 1; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == ' ') {
        words.add(text.substring(start, i));
        start = i;
      }
    }
    return words;
  }
}
