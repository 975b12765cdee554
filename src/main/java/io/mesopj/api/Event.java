package io.mesopj.api;

import io.mesopj.protocol.Command;
import io.mesopj.protocol.DownloadCommand;
import io.mesopj.protocol.FocusComponentCommand;
import io.mesopj.protocol.NavigateCommand;
import io.mesopj.protocol.ScrollIntoViewCommand;
import io.mesopj.protocol.SetPageTitleCommand;
import io.mesopj.internal.core.EventContext;
import java.util.List;
import java.util.Map;

/**
 * What every handler receives: access to state, streaming ({@link #flush()}) and commands to
 * the browser. One event object per request; do not keep it after the handler returns.
 */
public abstract class Event {
  private final EventContext context;
  private final String key;

  Event(EventContext context, String key) {
    this.context = context;
    this.key = key == null ? "" : key;
  }

  /** The session's instance of a state class (created with its defaults on first use). */
  public <T> T state(Class<T> type) {
    return context.state(type);
  }

  /**
   * Renders the page with the state as it is now and sends the change to the browser at once,
   * while the handler goes on: call it after each step of a long or streaming handler.
   */
  public void flush() {
    context.flush();
  }

  /** Key of the component the event came from; empty when it has none. */
  public String key() {
    return key;
  }

  /** Path of the page, e.g. {@code "/counter"}. */
  public String path() {
    return context.path();
  }

  /** Query parameters of the page URL, including changes made by this handler. */
  public Map<String, List<String>> queryParams() {
    return context.queryParams();
  }

  /** Sets a query parameter of the page URL (the browser's address bar follows, without reloading). */
  public void setQueryParam(String key, String... values) {
    if (key == null || key.isEmpty()) {
      throw new MesopException("setQueryParam() needs a key");
    }
    context.setQueryParam(key, List.of(values));
  }

  /** Removes a query parameter from the page URL. */
  public void removeQueryParam(String key) {
    context.setQueryParam(key, List.of());
  }

  /** Values of the page path's parameters: for {@code @Page(path = "/users/{id}")}, "id". */
  public Map<String, String> pathParams() {
    return context.pathParams();
  }

  /** One path parameter's value; asking for a name the page path does not declare is an error. */
  public String pathParam(String name) {
    return PathParams.get(context.pathParams(), name, path());
  }

  /**
   * Goes to another page of the app ({@code "/chat"}) or to an absolute http(s) URL. Within the
   * app the session's state carries over and the new page's on-load hook runs, as in Mesop.
   */
  public void navigate(String url) {
    navigate(url, Map.of());
  }

  /** Like {@link #navigate(String)}, with query parameters for the new URL. */
  public void navigate(String url, Map<String, List<String>> queryParams) {
    if (url == null || url.isBlank()) {
      throw new MesopException("navigate() needs a URL");
    }
    NavigateCommand.Builder nav = NavigateCommand.newBuilder().setUrl(url);
    queryParams.forEach((k, v) -> nav.addQueryParams(io.mesopj.protocol.QueryParam.newBuilder().setKey(k)
        .addAllValues(v)));
    context.command(Command.newBuilder().setNavigate(nav).build());
  }

  /** Switches the page between light, dark and the system's colour scheme. */
  public void setThemeMode(ThemeMode mode) {
    io.mesopj.protocol.ThemeMode wire = switch (mode) {
      case LIGHT -> io.mesopj.protocol.ThemeMode.THEME_MODE_LIGHT;
      case DARK -> io.mesopj.protocol.ThemeMode.THEME_MODE_DARK;
      default -> io.mesopj.protocol.ThemeMode.THEME_MODE_SYSTEM;
    };
    context.command(Command.newBuilder()
        .setSetThemeMode(io.mesopj.protocol.SetThemeModeCommand.newBuilder().setMode(wire)).build());
  }

  /** Material density: 0 is the default, negative values (down to -4) are more compact. */
  public void setThemeDensity(int density) {
    if (density > 0 || density < -4) {
      throw new MesopException("Theme density must be between -4 and 0, got " + density);
    }
    context.command(Command.newBuilder()
        .setSetThemeDensity(io.mesopj.protocol.SetThemeDensityCommand.newBuilder().setDensity(density)).build());
  }

  /** Scrolls the component with this key into view. */
  public void scrollIntoView(String key) {
    context.command(Command.newBuilder()
        .setScrollIntoView(ScrollIntoViewCommand.newBuilder().setKey(key)).build());
  }

  /** Moves keyboard focus to the component with this key. */
  public void focus(String key) {
    context.command(Command.newBuilder()
        .setFocusComponent(FocusComponentCommand.newBuilder().setKey(key)).build());
  }

  /** Changes the browser tab's title. */
  public void setPageTitle(String title) {
    context.command(Command.newBuilder()
        .setSetPageTitle(SetPageTitleCommand.newBuilder().setTitle(title)).build());
  }

  /** Sends a file to the browser, which saves it under {@code filename}. */
  public void download(String filename, String mimeType, byte[] content) {
    context.command(Command.newBuilder().setDownload(DownloadCommand.newBuilder().setFilename(filename)
        .setMimeType(mimeType).setContent(com.google.protobuf.ByteString.copyFrom(content))).build());
  }

  static String requireString(io.mesopj.protocol.UserEvent e) {
    if (e.getPayloadCase() != io.mesopj.protocol.UserEvent.PayloadCase.STRING_VALUE) {
      throw new IllegalArgumentException("expected a text value, got " + e.getPayloadCase());
    }
    return e.getStringValue();
  }
}
