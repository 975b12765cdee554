package io.mesopj.internal.runtime;

import io.mesopj.api.MesopException;
import io.mesopj.protocol.ServerError;
import io.mesopj.internal.core.UiException;
import io.mesopj.internal.state.StoreException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns a failure into what the browser is told. Client errors (4xx) say what was wrong;
 * server errors (5xx) give the message and an id to find the full trace in the log. Only in dev
 * mode does the Java stack trace go to the browser.
 */
public final class ErrorReports {
  private static final Logger LOG = Logger.getLogger(ErrorReports.class.getName());

  private final boolean devMode;

  public ErrorReports(boolean devMode) {
    this.devMode = devMode;
  }

  public ServerError toServerError(Throwable failure) {
    Throwable t = unwrap(failure);
    int status;
    boolean retryable = false;
    String message;
    if (t instanceof UiException) {
      UiException e = (UiException) t;
      status = e.status();
      retryable = e.retryable();
      message = e.getMessage();
    } else if (t instanceof StoreException) {
      StoreException e = (StoreException) t;
      status = e.retryable() ? 503 : 500;
      retryable = e.retryable();
      message = e.retryable() ? "The session store is busy or unavailable right now. Try again in a moment."
          : "The session store failed: " + e.getMessage();
    } else if (t instanceof HandlerFailure || t instanceof RequestContext.RenderFailure) {
      status = 500;
      Throwable cause = t.getCause();
      message = (t instanceof HandlerFailure ? "The event handler failed: " : "Rendering the page failed: ")
          + describe(cause);
    } else if (t instanceof MesopException) {
      status = 500;
      message = t.getMessage();
    } else {
      status = 500;
      message = "Internal server error.";
    }
    if (status >= 500) {
      String id = Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 24);
      LOG.log(Level.SEVERE, "UI request failed (error id " + id + "): " + message, t);
      message = message + " (error id " + id + ")";
    } else {
      LOG.log(Level.FINE, "UI request refused: " + message, t);
    }
    ServerError.Builder e = ServerError.newBuilder().setStatus(status).setMessage(message).setRetryable(retryable);
    if (devMode && status >= 500) {
      e.setJavaTrace(trace(t));
    }
    return e.build();
  }

  private static String describe(Throwable t) {
    if (t == null) {
      return "unknown error";
    }
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
  }

  private static Throwable unwrap(Throwable t) {
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static String trace(Throwable t) {
    StringWriter sw = new StringWriter();
    t.printStackTrace(new PrintWriter(sw));
    return sw.toString();
  }

  /** An application handler (event or on-load) threw. */
  static final class HandlerFailure extends RuntimeException {
    HandlerFailure(Throwable cause) {
      super("Handler failed: " + cause, cause);
    }
  }
}
