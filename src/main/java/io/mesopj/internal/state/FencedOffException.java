package io.mesopj.internal.state;

/**
 * A commit was refused because its lease was lost: the node stalled past the lease time and
 * another node took the session. The stalled node's result must be dropped, never written.
 */
public final class FencedOffException extends StoreException {
  public FencedOffException(String token) {
    super("The session " + SessionTokens.redact(token) + " was taken over by another request after this one's"
        + " lease ran out; its changes were not saved.", false);
  }
}
