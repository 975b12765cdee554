package io.mesopj.api;

import io.mesopj.protocol.StyleDeclaration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Inline CSS for a component, as Mesop's {@code me.Style}. Immutable: every method returns a
 * new Style, so constants can be shared across renders.
 *
 * <pre>{@code
 * Style card = Style.column().gap(8).padding(16).borderRadius(12).background("#fff");
 * }</pre>
 *
 * Numbers are pixels. {@link #set(String, String)} covers any property without a method.
 */
public final class Style {
  private static final Pattern PROPERTY = Pattern.compile("(--)?[a-z][a-z0-9-]*");
  private static final Style EMPTY = new Style(new String[0]);

  // property, value, property, value, ... in insertion order
  private final String[] pairs;
  // Cached wire form; computed at most a few times, identical each time (like String.hash).
  private io.mesopj.protocol.Style wire;

  private Style(String[] pairs) {
    this.pairs = pairs;
  }

  /** No declarations. */
  public static Style of() {
    return EMPTY;
  }

  /** {@code display: flex; flex-direction: row}. */
  public static Style row() {
    return EMPTY.display("flex").flexDirection("row");
  }

  /** {@code display: flex; flex-direction: column}. */
  public static Style column() {
    return EMPTY.display("flex").flexDirection("column");
  }

  /**
   * Sets any CSS property ({@code "grid-template-areas"}, {@code "--my-var"}); a later value
   * replaces an earlier one.
   */
  public Style set(String property, String value) {
    if (property == null || !PROPERTY.matcher(property).matches()) {
      throw new MesopException("Invalid CSS property name '" + property + "': use kebab-case, e.g. font-size");
    }
    if (value == null) {
      return remove(property);
    }
    if (value.indexOf(';') >= 0 || value.indexOf('{') >= 0 || value.indexOf('}') >= 0
        || value.indexOf('\n') >= 0 || value.indexOf('<') >= 0) {
      throw new MesopException("Invalid value for CSS property " + property + ": '" + value
          + "' (one value only, no ; { } < or newlines)");
    }
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i].equals(property)) {
        String[] copy = pairs.clone();
        copy[i + 1] = value;
        return new Style(copy);
      }
    }
    String[] copy = java.util.Arrays.copyOf(pairs, pairs.length + 2);
    copy[pairs.length] = property;
    copy[pairs.length + 1] = value;
    return new Style(copy);
  }

  /** Removes a property. */
  public Style remove(String property) {
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      if (!pairs[i].equals(property)) {
        kept.add(pairs[i]);
        kept.add(pairs[i + 1]);
      }
    }
    return new Style(kept.toArray(new String[0]));
  }

  /** Declarations of {@code other} added to (and overriding) this style's. */
  public Style merge(Style other) {
    Style result = this;
    for (int i = 0; i < other.pairs.length; i += 2) {
      result = result.set(other.pairs[i], other.pairs[i + 1]);
    }
    return result;
  }

  /** The declarations in order. */
  public Map<String, String> declarations() {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }

  public boolean isEmpty() {
    return pairs.length == 0;
  }

  /** Wire form (cached: a Style is immutable). */
  io.mesopj.protocol.Style toProto() {
    io.mesopj.protocol.Style w = wire;
    if (w == null) {
      io.mesopj.protocol.Style.Builder b = io.mesopj.protocol.Style.newBuilder();
      for (int i = 0; i < pairs.length; i += 2) {
        b.addDeclarations(StyleDeclaration.newBuilder().setProperty(pairs[i]).setValue(pairs[i + 1]));
      }
      w = b.build();
      wire = w;
    }
    return w;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Style && java.util.Arrays.equals(pairs, ((Style) o).pairs);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(pairs);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      sb.append(pairs[i]).append(": ").append(pairs[i + 1]).append("; ");
    }
    return sb.toString().strip();
  }

  private static String px(int n) {
    return n == 0 ? "0" : n + "px";
  }

  // ---- layout
  public Style display(String v) { return set("display", v); }
  public Style position(String v) { return set("position", v); }
  public Style top(String v) { return set("top", v); }
  public Style right(String v) { return set("right", v); }
  public Style bottom(String v) { return set("bottom", v); }
  public Style left(String v) { return set("left", v); }
  public Style zIndex(int v) { return set("z-index", Integer.toString(v)); }
  public Style overflow(String v) { return set("overflow", v); }
  public Style overflowX(String v) { return set("overflow-x", v); }
  public Style overflowY(String v) { return set("overflow-y", v); }
  public Style visibility(String v) { return set("visibility", v); }
  public Style boxSizing(String v) { return set("box-sizing", v); }

  // ---- size
  public Style width(String v) { return set("width", v); }
  public Style width(int px) { return set("width", px(px)); }
  public Style height(String v) { return set("height", v); }
  public Style height(int px) { return set("height", px(px)); }
  public Style minWidth(String v) { return set("min-width", v); }
  public Style minHeight(String v) { return set("min-height", v); }
  public Style maxWidth(String v) { return set("max-width", v); }
  public Style maxWidth(int px) { return set("max-width", px(px)); }
  public Style maxHeight(String v) { return set("max-height", v); }
  public Style aspectRatio(String v) { return set("aspect-ratio", v); }

  // ---- flex
  public Style flexDirection(String v) { return set("flex-direction", v); }
  public Style flexWrap(String v) { return set("flex-wrap", v); }
  public Style flex(String v) { return set("flex", v); }
  public Style flexGrow(int v) { return set("flex-grow", Integer.toString(v)); }
  public Style flexShrink(int v) { return set("flex-shrink", Integer.toString(v)); }
  public Style flexBasis(String v) { return set("flex-basis", v); }
  public Style justifyContent(String v) { return set("justify-content", v); }
  public Style justifyItems(String v) { return set("justify-items", v); }
  public Style justifySelf(String v) { return set("justify-self", v); }
  public Style alignItems(String v) { return set("align-items", v); }
  public Style alignContent(String v) { return set("align-content", v); }
  public Style alignSelf(String v) { return set("align-self", v); }
  public Style gap(int px) { return set("gap", px(px)); }
  public Style gap(String v) { return set("gap", v); }
  public Style rowGap(String v) { return set("row-gap", v); }
  public Style columnGap(String v) { return set("column-gap", v); }

  // ---- grid
  public Style gridTemplateColumns(String v) { return set("grid-template-columns", v); }
  public Style gridTemplateRows(String v) { return set("grid-template-rows", v); }
  public Style gridTemplateAreas(String v) { return set("grid-template-areas", v); }
  public Style gridArea(String v) { return set("grid-area", v); }
  public Style gridColumn(String v) { return set("grid-column", v); }
  public Style gridRow(String v) { return set("grid-row", v); }
  public Style gridAutoFlow(String v) { return set("grid-auto-flow", v); }

  // ---- spacing
  public Style padding(int px) { return set("padding", px(px)); }
  public Style padding(int vertical, int horizontal) { return set("padding", px(vertical) + " " + px(horizontal)); }
  public Style padding(String v) { return set("padding", v); }
  public Style margin(int px) { return set("margin", px(px)); }
  public Style margin(int vertical, int horizontal) { return set("margin", px(vertical) + " " + px(horizontal)); }
  public Style margin(String v) { return set("margin", v); }

  // ---- colour and decoration
  public Style color(String v) { return set("color", v); }
  public Style background(String v) { return set("background", v); }
  public Style opacity(double v) { return set("opacity", Double.toString(v)); }
  public Style border(String v) { return set("border", v); }
  public Style borderTop(String v) { return set("border-top", v); }
  public Style borderRight(String v) { return set("border-right", v); }
  public Style borderBottom(String v) { return set("border-bottom", v); }
  public Style borderLeft(String v) { return set("border-left", v); }
  public Style borderRadius(int px) { return set("border-radius", px(px)); }
  public Style borderRadius(String v) { return set("border-radius", v); }
  public Style boxShadow(String v) { return set("box-shadow", v); }
  public Style outline(String v) { return set("outline", v); }
  public Style cursor(String v) { return set("cursor", v); }
  public Style transform(String v) { return set("transform", v); }
  public Style transition(String v) { return set("transition", v); }

  // ---- text
  public Style fontFamily(String v) { return set("font-family", v); }
  public Style fontSize(int px) { return set("font-size", px(px)); }
  public Style fontSize(String v) { return set("font-size", v); }
  public Style fontWeight(int v) { return set("font-weight", Integer.toString(v)); }
  public Style fontWeight(String v) { return set("font-weight", v); }
  public Style fontStyle(String v) { return set("font-style", v); }
  public Style lineHeight(String v) { return set("line-height", v); }
  public Style letterSpacing(String v) { return set("letter-spacing", v); }
  public Style textAlign(String v) { return set("text-align", v); }
  public Style textDecoration(String v) { return set("text-decoration", v); }
  public Style textOverflow(String v) { return set("text-overflow", v); }
  public Style textTransform(String v) { return set("text-transform", v); }
  public Style whiteSpace(String v) { return set("white-space", v); }
  public Style wordBreak(String v) { return set("word-break", v); }
  public Style verticalAlign(String v) { return set("vertical-align", v); }
}
