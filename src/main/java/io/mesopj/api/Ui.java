package io.mesopj.api;

import io.mesopj.internal.core.RenderContext;
import java.util.List;
import java.util.Map;

/**
 * What a page's render method builds with: state access and one factory per component (grouped
 * in {@link LayoutComponents}, {@link DisplayComponents}, {@link InputComponents} and
 * {@link LabsComponents}). Each factory adds the component where the render currently is (inside
 * the innermost {@code box(..., () -> {...})}) and returns it for further settings.
 */
public final class Ui implements LayoutComponents, DisplayComponents, InputComponents, LabsComponents {
  private final RenderContext context;

  /** Created by the runtime for each render (see io.mesopj.internal.runtime.ApiAccess). */
  Ui(RenderContext context) {
    this.context = context;
  }

  /** The render behind a component group: Ui is the only implementation of the groups. */
  static RenderContext contextOf(Object ui) {
    return ((Ui) ui).context;
  }

  /** The session's instance of a state class (created with its defaults on first use). Read it only. */
  public <T> T state(Class<T> type) {
    return context.state(type);
  }

  /** Path of the page being rendered. */
  public String path() {
    return context.path();
  }

  /** Query parameters of the page URL. */
  public Map<String, List<String>> queryParams() {
    return context.queryParams();
  }

  /** Values of the page path's parameters: for {@code @Page(path = "/users/{id}")}, "id". */
  public Map<String, String> pathParams() {
    return context.pathParams();
  }

  /** One path parameter's value; asking for a name the page path does not declare is an error. */
  public String pathParam(String name) {
    return PathParams.get(context.pathParams(), name, context.path());
  }
}
