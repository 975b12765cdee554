package io.mesopj.api;

import io.mesopj.runtime.RenderContext;
import java.util.List;
import java.util.Map;

/**
 * What a page's render method builds with: state access and one factory per component. Each
 * factory adds the component where the render currently is (inside the innermost
 * {@code box(..., () -> {...})}) and returns it for further settings.
 */
public final class Ui {
  private final RenderContext context;

  /** Created by the runtime for each render. */
  public Ui(RenderContext context) {
    this.context = context;
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

  // ---- text

  public Text text(String text) {
    return Text.create(context, text, null);
  }

  public Text text(String text, Typography typography) {
    return Text.create(context, text, typography);
  }

  public Markdown markdown(String markdown) {
    return Markdown.create(context, markdown);
  }

  // ---- layout

  /** A container; {@code children} adds the components that go inside it. */
  public Box box(Runnable children) {
    return Box.create(context, null, children);
  }

  public Box box(Style style, Runnable children) {
    return Box.create(context, style, children);
  }

  /** An empty styled box (a spacer, a swatch). */
  public Box box(Style style) {
    return Box.create(context, style, null);
  }

  // ---- controls

  public Button button(String label, Handler<ClickEvent> onClick) {
    return Button.create(context, label, onClick, null);
  }

  public Button button(String label, Handler<ClickEvent> onClick, ButtonType type) {
    return Button.create(context, label, onClick, null).type(type);
  }

  /** A button whose content is any components (icon and text, say). */
  public Button button(Handler<ClickEvent> onClick, Runnable content) {
    return Button.create(context, null, onClick, content);
  }

  public Input input(String label) {
    return Input.create(context, label);
  }

  public Textarea textarea(String label) {
    return Textarea.create(context, label);
  }

  public Checkbox checkbox(String label, boolean checked, Handler<CheckboxChangeEvent> onChange) {
    return Checkbox.create(context, label, checked, onChange);
  }
}
