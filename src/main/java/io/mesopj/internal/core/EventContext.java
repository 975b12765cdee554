package io.mesopj.internal.core;

import io.mesopj.protocol.Command;
import java.util.List;
import java.util.Map;

/** What an event object needs from the request that carries it. Implemented by the runtime. */
public interface EventContext {
  <T> T state(Class<T> type);

  /** Renders now and sends the changes to the browser while the handler keeps running. */
  void flush();

  /** Queues a command for the browser; it goes out with the next render. */
  void command(Command command);

  /** The page path, e.g. "/counter". */
  String path();

  /** The page URL's query parameters (as the browser sent them, with this request's changes). */
  Map<String, List<String>> queryParams();

  /** Sets (or, with no values, removes) a query parameter of the page URL, in the browser too. */
  void setQueryParam(String key, List<String> values);

  /** Values of the page path's parameters ({@code /users/{id}} → id). */
  Map<String, String> pathParams();

  /** Largest file an uploader accepts (MESOPJ_UPLOAD_MAX_BYTES). */
  long maxUploadBytes();
}
