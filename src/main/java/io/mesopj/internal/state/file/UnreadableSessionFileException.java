package io.mesopj.internal.state.file;

import io.mesopj.internal.state.SessionTokens;
import io.mesopj.internal.state.StoreException;
import java.nio.file.Path;

/**
 * A session file that this store cannot read: damaged, foreign, or written in a newer format.
 * Not retryable: reading it again gives the same answer. The message names the session by its
 * redacted token and the shard directory (the file name would reveal the whole token).
 */
final class UnreadableSessionFileException extends StoreException {
  private final boolean newerFormat;

  private UnreadableSessionFileException(String message, boolean newerFormat) {
    super(message, false);
    this.newerFormat = newerFormat;
  }

  static UnreadableSessionFileException corrupt(String token, Path file, String problem) {
    return new UnreadableSessionFileException("The file store's record of session " + SessionTokens.redact(token)
        + " (in " + file.getParent() + ") is corrupt: " + problem + ". The session cannot be used; the expiry"
        + " sweep moves the file aside to a .corrupt file.", false);
  }

  static UnreadableSessionFileException newer(String token, Path file, int version) {
    return new UnreadableSessionFileException("The file store's record of session " + SessionTokens.redact(token)
        + " (in " + file.getParent() + ") has format version " + version + ", newer than this mesopj reads ("
        + SessionFileFormat.VERSION + "). Run the same mesopj version on every node sharing the directory.", true);
  }

  /** Written by a newer mesopj: not damaged, so it must be left alone. */
  boolean newerFormat() {
    return newerFormat;
  }
}
