package io.mesopj.api;

import io.mesopj.runtime.RenderContext;

/**
 * What the component factory groups ({@link LayoutComponents}, {@link DisplayComponents},
 * {@link InputComponents}, {@link LabsComponents}) build on. Implemented by {@link Ui}.
 */
public interface UiScope {
  /** The render in progress. Used by component factories; not meant for application code. */
  RenderContext renderContext();
}
