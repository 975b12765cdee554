package io.mesopj.api;

/**
 * A page: builds its component tree from state. {@code render} runs for the first paint, again
 * (as a trace) before each event to find its handler, and after each handler or flush. It must
 * only read state, never change it.
 */
@FunctionalInterface
public interface PageRenderer {
  void render(Ui ui);
}
