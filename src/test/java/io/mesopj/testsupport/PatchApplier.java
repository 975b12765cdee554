package io.mesopj.testsupport;

import io.mesopj.protocol.ChildRun;
import io.mesopj.protocol.Component;
import io.mesopj.protocol.NodePatch;
import io.mesopj.protocol.TreePatch;
import java.util.ArrayList;
import java.util.List;

/** Applies a TreePatch to a tree the way the browser client does; used to check diffs. */
public final class PatchApplier {
  private PatchApplier() {}

  public static Component apply(Component root, TreePatch patch) {
    Component.Builder tree = root.toBuilder();
    for (NodePatch p : patch.getPatchesList()) {
      Component.Builder target = tree;
      if (p.getPathCount() == 0 && p.hasReplace()) {
        tree = p.getReplace().toBuilder();
        continue;
      }
      int last = p.getPathCount() - 1;
      for (int i = 0; i < (p.hasReplace() ? last : p.getPathCount()); i++) {
        target = target.getChildrenBuilder(p.getPath(i));
      }
      switch (p.getOpCase()) {
        case REPLACE:
          target.setChildren(p.getPath(last), p.getReplace());
          break;
        case UPDATE:
          if (p.getUpdate().hasProps()) {
            target.setProps(p.getUpdate().getProps());
          }
          if (p.getUpdate().hasStyle()) {
            target.setStyle(p.getUpdate().getStyle());
          }
          if (p.getUpdate().getClearStyle()) {
            target.clearStyle();
          }
          break;
        case CHILDREN:
          List<Component> old = new ArrayList<>();
          for (Component.Builder b : target.getChildrenBuilderList()) {
            old.add(b.build());
          }
          List<Component> next = new ArrayList<>();
          for (ChildRun run : p.getChildren().getRunsList()) {
            if (run.hasKeep()) {
              for (int k = 0; k < run.getKeep().getCount(); k++) {
                next.add(old.get(run.getKeep().getFrom() + k));
              }
            } else {
              next.add(run.getInsert());
            }
          }
          target.clearChildren().addAllChildren(next);
          break;
        default:
          throw new IllegalArgumentException("empty patch");
      }
    }
    return tree.build();
  }
}
