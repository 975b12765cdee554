package io.mesopj.api;

/** Layout components: containers that arrange their children. Part of {@link Ui}. */
public interface LayoutComponents extends UiScope {
  /** A container; {@code children} adds the components that go inside it. */
  default Box box(Runnable children) {
    return Box.create(renderContext(), null, children);
  }

  default Box box(Style style, Runnable children) {
    return Box.create(renderContext(), style, children);
  }

  /** An empty styled box (a spacer, a swatch). */
  default Box box(Style style) {
    return Box.create(renderContext(), style, null);
  }
}
