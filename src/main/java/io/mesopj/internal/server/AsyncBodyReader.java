package io.mesopj.internal.server;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Reads a request body without blocking a container thread (Servlet non-blocking I/O), up to
 * a limit. Exactly one of the callbacks runs.
 */
final class AsyncBodyReader implements ReadListener {
  /** The body grew past the limit. */
  static final class TooLarge extends IOException {
    TooLarge(long limit) {
      super("The request body is larger than " + limit + " bytes.");
    }
  }

  private final ServletInputStream in;
  private final long limit;
  private final Consumer<byte[]> onBody;
  private final Consumer<Throwable> onError;
  private final ByteArrayOutputStream body;
  private final byte[] buffer = new byte[8192];
  private boolean done;

  private AsyncBodyReader(ServletInputStream in, long limit, int expected, Consumer<byte[]> onBody,
      Consumer<Throwable> onError) {
    this.in = in;
    this.limit = limit;
    this.onBody = onBody;
    this.onError = onError;
    this.body = new ByteArrayOutputStream(Math.max(64, Math.min(expected, 1 << 20)));
  }

  static void read(AsyncContext async, long limit, Consumer<byte[]> onBody, Consumer<Throwable> onError)
      throws IOException {
    int expected = (int) Math.max(0, Math.min(Integer.MAX_VALUE, async.getRequest().getContentLengthLong()));
    ServletInputStream in = async.getRequest().getInputStream();
    in.setReadListener(new AsyncBodyReader(in, limit, expected, onBody, onError));
  }

  @Override
  public void onDataAvailable() throws IOException {
    while (!done && in.isReady()) {
      int n = in.read(buffer);
      if (n < 0) {
        return;
      }
      body.write(buffer, 0, n);
      if (body.size() > limit) {
        fail(new TooLarge(limit));
        return;
      }
    }
  }

  @Override
  public void onAllDataRead() {
    if (!done) {
      done = true;
      onBody.accept(body.toByteArray());
    }
  }

  @Override
  public void onError(Throwable t) {
    fail(t);
  }

  private void fail(Throwable t) {
    if (!done) {
      done = true;
      onError.accept(t);
    }
  }
}
