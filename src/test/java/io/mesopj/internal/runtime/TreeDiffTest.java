package io.mesopj.internal.runtime;

import io.mesopj.testsupport.PatchApplier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import io.mesopj.protocol.ChildRun;
import io.mesopj.protocol.Component;
import io.mesopj.protocol.NodePatch;
import io.mesopj.protocol.Style;
import io.mesopj.protocol.StyleDeclaration;
import io.mesopj.protocol.TreePatch;
import io.mesopj.protocol.components.TextProps;
import io.mesopj.internal.runtime.tree.TreeDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TreeDiffTest {
  private static Component text(String s) {
    return Component.newBuilder().setType("text")
        .setProps(TextProps.newBuilder().setText(s).build().toByteString()).build();
  }

  private static Component keyed(String type, String key, String s) {
    return text(s).toBuilder().setType(type).setKey(key).build();
  }

  private static Component box(Component... children) {
    return Component.newBuilder().setType("box").addAllChildren(List.of(children)).build();
  }

  @Test
  void equalTreesGiveAnEmptyPatch() {
    Component a = box(text("a"), box(text("b")));
    assertEquals(0, TreeDiff.diff(a, a.toBuilder().build()).getPatchesCount());
  }

  @Test
  void oneTextChangeIsOneSmallUpdate() {
    List<Component> kids = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      kids.add(text("row " + i));
    }
    Component before = box(box(kids.toArray(new Component[0])));
    kids.set(537, text("row 537 changed"));
    Component after = box(box(kids.toArray(new Component[0])));
    TreePatch patch = TreeDiff.diff(before, after);
    assertEquals(1, patch.getPatchesCount());
    NodePatch p = patch.getPatches(0);
    assertEquals(List.of(0, 537), p.getPathList());
    assertTrue(p.hasUpdate() && p.getUpdate().hasProps() && !p.getUpdate().hasStyle());
    assertTrue(patch.getSerializedSize() < 40, "patch is " + patch.getSerializedSize() + " bytes");
    assertEquals(after, PatchApplier.apply(before, patch));
  }

  @Test
  void styleChangeAndRemoval() {
    Style red = Style.newBuilder().addDeclarations(StyleDeclaration.newBuilder().setProperty("color")
        .setValue("red")).build();
    Component plain = text("x");
    Component styled = plain.toBuilder().setStyle(red).build();
    TreePatch add = TreeDiff.diff(plain, styled);
    assertTrue(add.getPatches(0).getUpdate().hasStyle());
    TreePatch remove = TreeDiff.diff(styled, plain);
    assertTrue(remove.getPatches(0).getUpdate().getClearStyle());
    assertEquals(plain, PatchApplier.apply(styled, remove));
  }

  @Test
  void typeChangeReplacesTheNode() {
    Component before = box(text("a"));
    Component after = box(Component.newBuilder().setType("markdown").build());
    TreePatch patch = TreeDiff.diff(before, after);
    assertEquals(after, PatchApplier.apply(before, patch));
  }

  @Test
  void aComponentAppearingAtTheTopKeepsItsSiblings() {
    Component input = Component.newBuilder().setType("input").build();
    Component button = Component.newBuilder().setType("button").build();
    Component before = box(input, button);
    Component after = box(text("banner"), input, button);
    TreePatch patch = TreeDiff.diff(before, after);
    assertEquals(1, patch.getPatchesCount());
    List<ChildRun> runs = patch.getPatches(0).getChildren().getRunsList();
    assertEquals(2, runs.size());
    assertTrue(runs.get(0).hasInsert());
    assertEquals(0, runs.get(1).getKeep().getFrom());
    assertEquals(2, runs.get(1).getKeep().getCount());
    assertEquals(after, PatchApplier.apply(before, patch));
  }

  @Test
  void keyedChildrenMoveInsteadOfBeingRebuilt() {
    Component before = box(keyed("input", "a", "A"), keyed("input", "b", "B"), keyed("input", "c", "C"));
    Component after = box(keyed("input", "c", "C"), keyed("input", "a", "A2"), keyed("input", "b", "B"));
    TreePatch patch = TreeDiff.diff(before, after);
    for (NodePatch p : patch.getPatchesList()) {
      assertTrue(!p.hasReplace(), "no node is rebuilt: " + p);
      for (ChildRun r : p.getChildren().getRunsList()) {
        assertTrue(r.hasKeep(), "keyed children are kept, not inserted");
      }
    }
    assertEquals(after, PatchApplier.apply(before, patch));
  }

  @Test
  void randomTreesAlwaysPatchIntoTheTarget() {
    Random random = new Random(42);
    for (int round = 0; round < 2000; round++) {
      Component a = randomTree(random, 3);
      Component b = random.nextInt(4) == 0 ? randomTree(random, 3) : mutate(random, a, 3);
      TreePatch patch = TreeDiff.diff(a, b);
      assertEquals(b, PatchApplier.apply(a, patch), "round " + round);
    }
  }

  private static final String[] TYPES = {"box", "text", "button", "input"};

  private static Component randomTree(Random r, int depth) {
    Component.Builder b = Component.newBuilder().setType(TYPES[r.nextInt(TYPES.length)]);
    if (r.nextInt(3) == 0) {
      b.setKey("k" + r.nextInt(4));
    }
    if (r.nextBoolean()) {
      b.setProps(ByteString.copyFromUtf8("p" + r.nextInt(3)));
    }
    if (r.nextInt(4) == 0) {
      b.setStyle(Style.newBuilder().addDeclarations(StyleDeclaration.newBuilder().setProperty("color")
          .setValue("c" + r.nextInt(2))));
    }
    if (depth > 0) {
      int n = r.nextInt(5);
      for (int i = 0; i < n; i++) {
        b.addChildren(randomTree(r, depth - 1));
      }
    }
    return b.build();
  }

  private static Component mutate(Random r, Component c, int depth) {
    Component.Builder b = c.toBuilder();
    switch (r.nextInt(6)) {
      case 0:
        b.setProps(ByteString.copyFromUtf8("m" + r.nextInt(3)));
        break;
      case 1:
        if (b.getChildrenCount() > 0) {
          b.removeChildren(r.nextInt(b.getChildrenCount()));
        }
        break;
      case 2:
        b.addChildren(r.nextInt(b.getChildrenCount() + 1), randomTree(r, Math.max(0, depth - 1)));
        break;
      case 3:
        if (b.getChildrenCount() > 1) {
          Component first = b.getChildren(0);
          b.removeChildren(0).addChildren(first);
        }
        break;
      default:
        break;
    }
    for (int i = 0; i < b.getChildrenCount(); i++) {
      if (r.nextInt(3) == 0) {
        b.setChildren(i, mutate(r, b.getChildren(i), depth - 1));
      }
    }
    return b.build();
  }
}
