package io.mesopj.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The chat demo's "model": a fixed reply chosen by keyword, split into words to stream. */
final class CannedReplies {
  private CannedReplies() {}

  static List<String> answer(String prompt) {
    String p = prompt.toLowerCase(Locale.ROOT);
    String text;
    if (p.contains("state") || p.contains("store")) {
      text = "State is a plain Java object. After each event mesopj saves it in the configured **store**"
          + " (sealed in the browser, memory, file, SQL or Firestore), so *any node* can serve the next event.";
    } else if (p.contains("stream")) {
      text = "This reply is streaming: the handler appends a word, calls `e.flush()`, and the browser gets"
          + " a small diff of the page each time.";
    } else if (p.contains("hello") || p.contains("hi")) {
      text = "Hello! I am a tiny canned model living inside the demo WAR. Ask me about **state** or"
          + " **streaming**.";
    } else {
      text = "You said: \"" + prompt.replace("\n", " ") + "\". I can only give canned answers, but each"
          + " word you see arrived in its own frame.";
    }
    List<String> words = new ArrayList<>();
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
