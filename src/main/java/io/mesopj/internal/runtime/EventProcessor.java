package io.mesopj.internal.runtime;

import io.mesopj.protocol.Command;
import io.mesopj.protocol.QueryParam;
import io.mesopj.protocol.SetPageTitleCommand;
import io.mesopj.protocol.SessionUpdate;
import io.mesopj.protocol.UiRequest;
import io.mesopj.protocol.UiResponse;
import io.mesopj.protocol.UserEvent;
import io.mesopj.internal.core.HandlerIds;
import io.mesopj.internal.core.HandlerInvoker;
import io.mesopj.internal.core.HandlerRegistration;
import io.mesopj.internal.core.UiException;
import io.mesopj.internal.runtime.session.SessionHandle;
import io.mesopj.internal.runtime.session.SessionStates;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Serves UI requests, following Mesop's life of a request. A page load renders the page and
 * sends the whole tree. An event waits for its session, renders once as a trace to find its
 * handler, runs it (each {@code flush()} sends a diff), renders again, sends the diff, then
 * saves the state before the stream ends.
 */
public final class EventProcessor {
  private final PageRegistry pages;
  private final SessionStates sessions;
  private final HandlerIds handlerIds;
  private final Executor executor;
  private final ErrorReports errors;
  private final long maxUploadBytes;

  public EventProcessor(PageRegistry pages, SessionStates sessions, HandlerIds handlerIds,
      Executor executor, ErrorReports errors, long maxUploadBytes) {
    this.pages = pages;
    this.sessions = sessions;
    this.handlerIds = handlerIds;
    this.executor = executor;
    this.errors = errors;
    this.maxUploadBytes = maxUploadBytes;
  }

  public PageRegistry pages() {
    return pages;
  }

  /**
   * Serves one request over SSE: its frames are diffed against its own trace render.
   * See {@link #process(UiRequest, FrameSink, ClientView, SessionStates)}.
   */
  public CompletableFuture<Void> process(UiRequest request, FrameSink sink) {
    return process(request, sink, new RequestView(), sessions);
  }

  /**
   * Serves one request; the returned future completes after the sink has been ended or failed.
   * Call it from the application executor (it may run application code). A WebSocket connection
   * passes its own view of the client's tree and its own (shared) sessions.
   */
  public CompletableFuture<Void> process(UiRequest request, FrameSink sink, ClientView view,
      SessionStates sessions) {
    try {
      PageMatch page = pages.match(request.getPath())
          .orElseThrow(() -> new UiException(404, "There is no page at " + request.getPath() + "."));
      switch (request.getTypeCase()) {
        case INIT:
          load(page, request, sink, view, sessions);
          return CompletableFuture.completedFuture(null);
        case USER_EVENT:
          return event(page, request, sink, view, sessions);
        default:
          throw UiException.badRequest("The request is neither a page load nor an event.");
      }
    } catch (Throwable t) {
      sink.fail(errors.toServerError(t));
      return CompletableFuture.completedFuture(null);
    }
  }

  private void load(PageMatch page, UiRequest request, FrameSink sink, ClientView view,
      SessionStates sessions) {
    SessionHandle session = sessions.create();
    try {
      RequestContext ctx = context(page, request, session, sink, view);
      showPage(ctx, false);
      finish(session, "", sink);
    } catch (Throwable t) {
      session.release();
      sink.fail(errors.toServerError(t));
    }
  }

  /** Runs the page's on-load hook and sends its whole tree (a page load, or a navigation to it). */
  private static void showPage(RequestContext ctx, boolean navigated) {
    ctx.view().traced(null, true);
    PageDefinition page = ctx.page();
    if (navigated) {
      ctx.command(Command.newBuilder().setSetPageTitle(SetPageTitleCommand.newBuilder().setTitle(page.title()))
          .build());
    }
    if (page.onLoad() != null) {
      runHandler(() -> page.onLoad().run(ctx.renderer(), ApiAccess.loadEvent(ctx)));
    }
    ctx.sendRender();
  }

  private CompletableFuture<Void> event(PageMatch page, UiRequest request, FrameSink sink, ClientView view,
      SessionStates sessions) {
    UserEvent event = request.getUserEvent();
    if (event.getHandlerId().isEmpty() && !event.hasNavigation()) {
      throw UiException.badRequest("The event names no handler.");
    }
    CompletableFuture<SessionHandle> opened = sessions.open(event);
    java.util.function.BiFunction<SessionHandle, Throwable, Void> run = (session, failure) -> {
      if (failure != null) {
        sink.fail(errors.toServerError(failure));
        return null;
      }
      try {
        handle(page, request, event, session, sink, view);
      } catch (Throwable t) {
        session.release();
        sink.fail(errors.toServerError(t));
      }
      return null;
    };
    // Opened already (the usual case): go on in this thread. Otherwise, whichever thread
    // completes the open (a store or scheduler thread) hands over to the executor.
    return opened.isDone() ? opened.handle(run) : opened.handleAsync(run, executor);
  }

  private void handle(PageMatch page, UiRequest request, UserEvent event, SessionHandle session,
      FrameSink sink, ClientView view) {
    RequestContext ctx = context(page, request, session, sink, view);
    if (event.hasNavigation()) {
      // The browser went to another page of the app (a navigate command, back or forward): the
      // session's state carries over, the new page loads and its whole tree goes out.
      if (!session.applied(event.getEventId())) {
        showPage(ctx, true);
      } else {
        view.traced(null, true);
        ctx.sendRender();
      }
      finish(session, event.getEventId(), sink);
      return;
    }
    if (session.applied(event.getEventId())) {
      // A retry of an event that was applied but whose answer was lost: show the result, do not apply again.
      view.traced(null, true);
      ctx.sendRender();
      finish(session, "", sink);
      return;
    }
    RequestContext.Rendered trace = ctx.render();
    HandlerRegistration registration = trace.handlers().get(event.getHandlerId());
    if (registration == null) {
      throw UiException.badRequest("This page has no handler with id " + event.getHandlerId()
          + " (the page may have changed since it was loaded). Reload the page.");
    }
    view.traced(trace.root(), event.getFullRender());
    invoke(registration, ctx, event);
    ctx.sendRender();
    finish(session, event.getEventId(), sink);
  }

  private static void invoke(HandlerRegistration registration, RequestContext ctx, UserEvent event) {
    HandlerInvoker.Call call;
    try {
      call = registration.invoker().bind(ctx, event);
    } catch (IllegalArgumentException e) {
      throw UiException.badRequest("The event does not fit its handler: " + e.getMessage() + ".");
    }
    runHandler(call::run);
  }

  private interface Work {
    void run() throws Exception;
  }

  private static void runHandler(Work work) {
    try {
      work.run();
    } catch (UiException | io.mesopj.api.MesopException | RequestContext.RenderFailure e) {
      throw e;
    } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
      throw new ErrorReports.HandlerFailure(e);
    }
  }

  private static void finish(SessionHandle session, String eventId, FrameSink sink) {
    SessionUpdate update = session.commit(eventId);
    sink.send(UiResponse.newBuilder().setSession(update).build());
    sink.end();
  }

  private RequestContext context(PageMatch page, UiRequest request, SessionHandle session, FrameSink sink,
      ClientView view) {
    return new RequestContext(page, session.states(), request.getPath(), queryParams(request), handlerIds, sink,
        view, maxUploadBytes);
  }

  private static Map<String, List<String>> queryParams(UiRequest request) {
    if (request.getQueryParamsCount() == 0) {
      return Map.of();
    }
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (QueryParam p : request.getQueryParamsList()) {
      map.put(p.getKey(), List.copyOf(p.getValuesList()));
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
