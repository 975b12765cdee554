package io.mesopj.internal.state.file;

import java.io.IOException;
import java.nio.file.FileSystemException;

/**
 * What went wrong in an I/O call, without the path: a session file's name is its whole token,
 * which must not reach logs or messages (see SessionTokens.redact).
 */
final class IoReasons {
  private IoReasons() {}

  static String of(IOException e) {
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return e.getClass().getSimpleName() + ": " + ((FileSystemException) e).getReason();
    }
    return e.getClass().getSimpleName();
  }
}
