package io.mesopj.internal.server;

import io.mesopj.protocol.ServerError;
import io.mesopj.protocol.StreamEnd;
import io.mesopj.protocol.UiResponse;
import io.mesopj.internal.runtime.FrameSink;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Writes UiResponse frames as Server-Sent Events ({@code data: <base64 protobuf>}) on an async
 * response. Frames are buffered and pushed when a streaming handler flushes and at the end, so
 * streamed renders reach the browser one by one and an ordinary answer leaves in one write. An error before
 * the first frame becomes a plain HTTP error; after it, an error frame. Runs on the handler
 * thread; a client that went away only makes later writes no-ops.
 */
final class SseFrameSink implements FrameSink {
  private static final byte[] PREFIX = "data: ".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SUFFIX = "\n\n".getBytes(StandardCharsets.US_ASCII);

  private final AsyncContext async;
  private final HttpServletResponse resp;
  private final boolean devMode;
  private boolean started;
  private boolean broken;
  private boolean closed;

  SseFrameSink(AsyncContext async, boolean devMode) {
    this.async = async;
    this.resp = (HttpServletResponse) async.getResponse();
    this.devMode = devMode;
  }

  @Override
  public synchronized void send(UiResponse frame) {
    if (closed || broken) {
      return;
    }
    try {
      if (!started) {
        started = true;
        resp.setStatus(200);
        resp.setContentType("text/event-stream;charset=utf-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("X-Accel-Buffering", "no");
        SecurityHeaders.basic(resp);
      }
      ServletOutputStream out = resp.getOutputStream();
      byte[] encoded = Base64.getEncoder().encode(frame.toByteArray());
      byte[] chunk = new byte[PREFIX.length + encoded.length + SUFFIX.length];
      System.arraycopy(PREFIX, 0, chunk, 0, PREFIX.length);
      System.arraycopy(encoded, 0, chunk, PREFIX.length, encoded.length);
      System.arraycopy(SUFFIX, 0, chunk, PREFIX.length + encoded.length, SUFFIX.length);
      out.write(chunk); // buffered: push() or the end sends it
    } catch (IOException | IllegalStateException e) {
      broken = true;
    }
  }

  @Override
  public synchronized void push() {
    if (started && !closed && !broken) {
      try {
        resp.getOutputStream().flush();
      } catch (IOException | IllegalStateException e) {
        broken = true;
      }
    }
  }

  @Override
  public synchronized void fail(ServerError error) {
    if (closed) {
      return;
    }
    if (!started) {
      String body = error.getMessage();
      if (devMode && !error.getJavaTrace().isEmpty()) {
        body = body + "\n\n" + error.getJavaTrace();
      }
      if (error.getRetryable()) {
        resp.setHeader("Retry-After", "1");
      }
      PlainResponses.send(resp, error.getStatus() == 0 ? 500 : error.getStatus(), body);
      complete();
      return;
    }
    send(UiResponse.newBuilder().setError(error).build());
    end();
  }

  @Override
  public synchronized void end() {
    if (closed) {
      return;
    }
    send(UiResponse.newBuilder().setEnd(StreamEnd.getDefaultInstance()).build());
    push();
    complete();
  }

  private void complete() {
    closed = true;
    try {
      async.complete();
    } catch (IllegalStateException e) {
      // already completed by the container after a client abort
    }
  }
}
