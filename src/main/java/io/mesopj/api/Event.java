package io.mesopj.api;

import io.mesopj.protocol.Command;
import io.mesopj.protocol.DownloadCommand;
import io.mesopj.protocol.FocusComponentCommand;
import io.mesopj.protocol.NavigateCommand;
import io.mesopj.protocol.ScrollIntoViewCommand;
import io.mesopj.protocol.SetPageTitleCommand;
import io.mesopj.runtime.EventContext;
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

  /** Query parameters of the page URL. */
  public Map<String, List<String>> queryParams() {
    return context.queryParams();
  }

  /** Goes to another page of the app ({@code "/chat"}) or an absolute http(s) URL. */
  public void navigate(String url) {
    if (url == null || url.isBlank()) {
      throw new MesopException("navigate() needs a URL");
    }
    context.command(Command.newBuilder().setNavigate(NavigateCommand.newBuilder().setUrl(url)).build());
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
