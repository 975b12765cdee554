package io.mesopj.internal.runtime.tree;

import io.mesopj.protocol.ChildRun;
import io.mesopj.protocol.ChildrenUpdate;
import io.mesopj.protocol.Component;
import io.mesopj.protocol.KeptRange;
import io.mesopj.protocol.NodePatch;
import io.mesopj.protocol.NodeUpdate;
import io.mesopj.protocol.TreePatch;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the patch that turns one component tree into another (see TreePatch in ui.proto).
 *
 * <p>A node keeps its identity (and its DOM element in the client) while its type and key stay
 * the same. Among siblings, keyed children match by key, wherever they move; unkeyed children
 * match in order with the next old sibling of the same type, looking a few places ahead so a
 * conditional component appearing or disappearing does not rebuild its siblings.
 */
public final class TreeDiff {
  private static final int LOOKAHEAD = 4;

  private final TreePatch.Builder out = TreePatch.newBuilder();
  private int[] path = new int[16];
  private int depth;

  private TreeDiff() {}

  /** The patch from {@code before} to {@code after}; empty when they are equal. */
  public static TreePatch diff(Component before, Component after) {
    TreeDiff d = new TreeDiff();
    d.node(before, after);
    return d.out.build();
  }

  private static boolean sameIdentity(Component a, Component b) {
    return a.getType().equals(b.getType()) && a.getKey().equals(b.getKey());
  }

  private NodePatch.Builder patchHere() {
    NodePatch.Builder p = NodePatch.newBuilder();
    for (int i = 0; i < depth; i++) {
      p.addPath(path[i]);
    }
    return p;
  }

  private void node(Component a, Component b) {
    if (a == b) {
      return;
    }
    if (!sameIdentity(a, b)) {
      out.addPatches(patchHere().setReplace(b));
      return;
    }
    NodeUpdate.Builder update = null;
    if (!a.getProps().equals(b.getProps())) {
      update = NodeUpdate.newBuilder().setProps(b.getProps());
    }
    if (!a.getStyle().equals(b.getStyle())) {
      if (update == null) {
        update = NodeUpdate.newBuilder();
      }
      if (b.hasStyle() && b.getStyle().getDeclarationsCount() > 0) {
        update.setStyle(b.getStyle());
      } else {
        update.setClearStyle(true);
      }
    }
    if (update != null) {
      out.addPatches(patchHere().setUpdate(update));
    }
    children(a.getChildrenList(), b.getChildrenList());
  }

  private void children(List<Component> olds, List<Component> news) {
    int[] source = match(olds, news);
    boolean sameShape = olds.size() == news.size();
    for (int j = 0; sameShape && j < source.length; j++) {
      sameShape = source[j] == j;
    }
    if (!sameShape) {
      out.addPatches(patchHere().setChildren(runs(source, news)));
    }
    for (int j = 0; j < news.size(); j++) {
      if (source[j] >= 0) {
        push(j);
        node(olds.get(source[j]), news.get(j));
        depth--;
      }
    }
  }

  /** For each new child, the index of the old child it continues, or -1 if it is new. */
  private static int[] match(List<Component> olds, List<Component> news) {
    int[] source = new int[news.size()];
    Arrays.fill(source, -1);
    if (olds.isEmpty()) {
      return source;
    }
    boolean[] used = new boolean[olds.size()];
    Map<String, ArrayDeque<Integer>> keyed = null;
    for (int i = 0; i < olds.size(); i++) {
      Component c = olds.get(i);
      if (!c.getKey().isEmpty()) {
        if (keyed == null) {
          keyed = new HashMap<>();
        }
        keyed.computeIfAbsent(c.getType() + '\u0000' + c.getKey(), k -> new ArrayDeque<>()).add(i);
      }
    }
    int cursor = 0; // next unkeyed old child to consider
    for (int j = 0; j < news.size(); j++) {
      Component n = news.get(j);
      if (!n.getKey().isEmpty()) {
        ArrayDeque<Integer> q = keyed == null ? null : keyed.get(n.getType() + '\u0000' + n.getKey());
        Integer i = q == null ? null : q.poll();
        if (i != null) {
          source[j] = i;
          used[i] = true;
        }
        continue;
      }
      int seen = 0;
      for (int i = cursor; i < olds.size() && seen < LOOKAHEAD; i++) {
        Component o = olds.get(i);
        if (used[i] || !o.getKey().isEmpty()) {
          continue;
        }
        seen++;
        if (o.getType().equals(n.getType())) {
          source[j] = i;
          used[i] = true;
          cursor = i + 1;
          break;
        }
      }
    }
    return source;
  }

  private static ChildrenUpdate runs(int[] source, List<Component> news) {
    ChildrenUpdate.Builder u = ChildrenUpdate.newBuilder();
    int j = 0;
    while (j < source.length) {
      if (source[j] < 0) {
        u.addRuns(ChildRun.newBuilder().setInsert(news.get(j)));
        j++;
        continue;
      }
      int from = source[j];
      int count = 1;
      while (j + count < source.length && source[j + count] == from + count) {
        count++;
      }
      u.addRuns(ChildRun.newBuilder().setKeep(KeptRange.newBuilder().setFrom(from).setCount(count)));
      j += count;
    }
    return u.build();
  }

  private void push(int index) {
    if (depth == path.length) {
      path = Arrays.copyOf(path, depth * 2);
    }
    path[depth++] = index;
  }
}
