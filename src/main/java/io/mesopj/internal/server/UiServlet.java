package io.mesopj.internal.server;

import com.google.protobuf.InvalidProtocolBufferException;
import io.mesopj.internal.config.Settings;
import io.mesopj.protocol.UiRequest;
import io.mesopj.internal.runtime.EventProcessor;
import io.mesopj.internal.core.UiException;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.RejectedExecutionException;

/**
 * The UI endpoint: {@code POST} of a protobuf UiRequest, answered as a stream of UiResponse
 * frames (SSE). The body is read without blocking, and the work runs on the application
 * executor, so container threads are free while handlers run or wait.
 */
public final class UiServlet extends HttpServlet {
  static final String PATH = "/__ui__";
  private static final long ENVELOPE_BYTES = 1 << 20;

  private transient MesopWebApp app;
  private transient EventProcessor processor;
  private transient OriginCheck origins;
  private long maxBody;

  @Override
  public void init() throws ServletException {
    app = MesopWebApp.of(getServletContext());
    processor = app.processor();
    origins = new OriginCheck(app.config().get(Settings.ALLOWED_ORIGINS));
    maxBody = app.config().get(Settings.UPLOAD_MAX_BYTES) + ENVELOPE_BYTES;
  }

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if (!"POST".equals(req.getMethod())) {
      resp.setHeader("Allow", "POST");
      PlainResponses.send(resp, 405, "The UI endpoint only accepts POST.");
      return;
    }
    String refusal = origins.refusal(req);
    if (refusal != null) {
      PlainResponses.send(resp, 403, refusal);
      return;
    }
    String type = req.getContentType();
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-protobuf")) {
      PlainResponses.send(resp, 415, "The UI endpoint expects Content-Type: application/x-protobuf.");
      return;
    }
    if (req.getContentLengthLong() > maxBody) {
      PlainResponses.send(resp, 413, "The request body is larger than " + maxBody + " bytes.");
      return;
    }
    SecurityHeaders.transport(req, resp);
    AsyncContext async = req.startAsync();
    async.setTimeout(0); // streaming handlers may run long; the client decides when to give up
    AsyncBodyReader.read(async, maxBody, body -> dispatch(async, body), error -> {
      int status = error instanceof AsyncBodyReader.TooLarge ? 413 : 400;
      PlainResponses.send((HttpServletResponse) async.getResponse(), status, error instanceof AsyncBodyReader.TooLarge
          ? error.getMessage() : "The request body could not be read.");
      async.complete();
    });
  }

  private void dispatch(AsyncContext async, byte[] body) {
    SseFrameSink sink = new SseFrameSink(async, app.config().devMode());
    UiRequest request;
    try {
      request = UiRequest.parseFrom(body);
    } catch (InvalidProtocolBufferException e) {
      sink.fail(app.errors().toServerError(UiException.badRequest("The request body is not a valid UiRequest"
          + " protobuf message.")));
      return;
    }
    try {
      app.executor().execute(() -> processor.process(request, sink));
    } catch (RejectedExecutionException e) {
      sink.fail(app.errors().toServerError(new UiException(503, "The server is shutting down. Try again.",
          true, e)));
    }
  }
}
