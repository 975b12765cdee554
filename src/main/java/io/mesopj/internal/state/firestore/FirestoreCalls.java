package io.mesopj.internal.state.firestore;

import com.google.api.core.ApiFuture;
import com.google.api.gax.rpc.ApiException;
import com.google.cloud.firestore.FirestoreException;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import io.mesopj.internal.state.StoreException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for Firestore calls with a deadline and turns their failures into {@link StoreException}s:
 * retryable when trying again later may work (Firestore unreachable, slow or contended), not
 * retryable otherwise, with a message that says what to fix.
 */
final class FirestoreCalls {
  /** Codes where the same call may succeed later: outages, timeouts, contention, quota. */
  private static final Set<Status.Code> RETRYABLE = EnumSet.of(Status.Code.UNAVAILABLE,
      Status.Code.DEADLINE_EXCEEDED, Status.Code.ABORTED, Status.Code.RESOURCE_EXHAUSTED);

  private final Duration timeout;
  private final String where;

  /**
   * @param timeout backstop for one whole operation (a transaction with its retries); the client's
   *     own RPC timeouts (see {@link FirestoreConnections}) normally fail first
   * @param where the collection and project, for messages
   */
  FirestoreCalls(Duration timeout, String where) {
    this.timeout = timeout;
    this.where = where;
  }

  /** The future's value, or a StoreException saying why {@code what} failed. */
  <T> T await(String what, ApiFuture<T> future) {
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new StoreException("Firestore did not " + what + " within " + timeout.toMillis() + " ms (" + where
          + "); it may be unreachable or overloaded.", true, e);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new StoreException("Interrupted while waiting for Firestore to " + what + ".", true, e);
    } catch (ExecutionException e) {
      throw translate(what, e.getCause());
    } catch (CancellationException e) {
      throw new StoreException("The Firestore call to " + what + " was cancelled.", true, e);
    }
  }

  /** {@code failure} as a StoreException (as is, when it already is one, e.g. damaged data). */
  StoreException translate(String what, Throwable failure) {
    if (failure instanceof StoreException) {
      return (StoreException) failure;
    }
    Status.Code code = codeOf(failure);
    boolean retryable = code == null ? isConnectionFailure(failure) : RETRYABLE.contains(code);
    String detail = failure == null ? "unknown error" : String.valueOf(failure.getMessage());
    String message = "Firestore failed to " + what + " (" + where + "): "
        + (code == null ? "" : code + ": ") + detail + hint(code);
    return new StoreException(message, retryable, failure);
  }

  /**
   * True when a conditional write lost a race: the document changed (FAILED_PRECONDITION), was
   * deleted (NOT_FOUND) or was contended (ABORTED) since it was read.
   */
  static boolean isConflict(Throwable failure) {
    Status.Code code = codeOf(failure);
    return code == Status.Code.FAILED_PRECONDITION || code == Status.Code.NOT_FOUND
        || code == Status.Code.ABORTED;
  }

  /** The gRPC status code anywhere in the cause chain, or null. */
  static Status.Code codeOf(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof FirestoreException && ((FirestoreException) t).getStatus() != null) {
        return ((FirestoreException) t).getStatus().getCode();
      }
      if (t instanceof ApiException) {
        return Status.Code.valueOf(((ApiException) t).getStatusCode().getCode().name());
      }
      if (t instanceof StatusRuntimeException) {
        return ((StatusRuntimeException) t).getStatus().getCode();
      }
      if (t instanceof StatusException) {
        return ((StatusException) t).getStatus().getCode();
      }
    }
    return null;
  }

  private static boolean isConnectionFailure(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConnectException || t instanceof NoRouteToHostException || t instanceof UnknownHostException
          || t instanceof ClosedChannelException || t instanceof InterruptedIOException) {
        return true;
      }
    }
    return false;
  }

  private static String hint(Status.Code code) {
    if (code == null) {
      return "";
    }
    switch (code) {
      case PERMISSION_DENIED:
        return ". Give the service account the Cloud Datastore User role (roles/datastore.user) in this project,"
            + " and check that the Firestore API is enabled.";
      case UNAUTHENTICATED:
        return ". The Google credentials were rejected: renew them (gcloud auth application-default login) or"
            + " check GOOGLE_APPLICATION_CREDENTIALS.";
      case NOT_FOUND:
        return ". Create the (default) Firestore database in Native mode in this project.";
      case FAILED_PRECONDITION:
        return ". Check that the (default) database is in Firestore Native mode (not Datastore mode) and that"
            + " the expiresAt field is not exempted from single-field indexing.";
      case INVALID_ARGUMENT:
        return ". Firestore rejected the request (for example a state too large for one commit).";
      default:
        return "";
    }
  }
}
