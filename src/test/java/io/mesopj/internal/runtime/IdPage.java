package io.mesopj.internal.runtime;

import io.mesopj.api.ClickEvent;
import io.mesopj.api.Handler;
import io.mesopj.api.PageRenderer;
import io.mesopj.api.Ui;
import io.mesopj.internal.core.HandlerIds;
import java.util.List;

/** Handlers whose ids HandlerIdsTest checks, in this JVM and in a fresh one (see main). */
public final class IdPage implements PageRenderer {
  record Item(String id, int rank) {}

  void add(ClickEvent e) {}

  void remove(ClickEvent e) {}

  void pick(ClickEvent e, Item item) {}

  @Override
  public void render(Ui ui) {}

  Handler<ClickEvent> add() {
    return this::add;
  }

  Handler<ClickEvent> remove() {
    return this::remove;
  }

  Handler<ClickEvent> pick(Item item) {
    return e -> pick(e, item);
  }

  /** The ids of a fixed set of handlers, one per line. */
  static List<String> ids() {
    HandlerIds ids = new HandlerIds(new StateCodec().gson(), io.mesopj.api.PageRenderer.class::isInstance);
    IdPage page = new IdPage();
    return List.of(ids.idOf(page.add()), ids.idOf(page.remove()), ids.idOf(page.pick(new Item("a", 1))),
        ids.idOf(page.pick(new Item("b", 2))));
  }

  /** Prints {@link #ids()}, for the cross-JVM check. */
  public static void main(String[] args) {
    ids().forEach(System.out::println);
  }
}
