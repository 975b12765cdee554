package io.mesopj.internal.state.file;

import io.mesopj.internal.state.SessionTokens;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where things live under the base directory: {@code <base>/<token[0..2)>/<token>.session}.
 * Two token characters give 4096 shard directories, so even millions of sessions leave a few
 * hundred files per directory. Only well-formed tokens map to paths, so a token can never
 * reach outside the base directory.
 */
final class StoreLayout {
  static final String SESSION_SUFFIX = ".session";
  static final String QUARANTINE_SUFFIX = ".corrupt";
  private static final Pattern SHARD_NAME = Pattern.compile("[A-Za-z0-9_-]{2}");

  private final Path base;

  StoreLayout(Path base) {
    this.base = base;
  }

  Path base() {
    return base;
  }

  Path shardOf(String token) {
    if (!SessionTokens.isWellFormed(token)) {
      throw new IllegalArgumentException("Not a session token: " + SessionTokens.redact(token));
    }
    return base.resolve(token.substring(0, 2));
  }

  Path sessionFile(String token) {
    return shardOf(token).resolve(token + SESSION_SUFFIX);
  }

  /** The token a file in a shard belongs to, or null if the name is not a session file's. */
  static String tokenOfSessionFile(String fileName) {
    if (!fileName.endsWith(SESSION_SUFFIX)) {
      return null;
    }
    String token = fileName.substring(0, fileName.length() - SESSION_SUFFIX.length());
    return SessionTokens.isWellFormed(token) ? token : null;
  }

  /** The shard directories that exist now (other entries of the base directory are ignored). */
  List<Path> shards() throws IOException {
    List<Path> shards = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(base)) {
      for (Path p : entries) {
        if (SHARD_NAME.matcher(p.getFileName().toString()).matches() && Files.isDirectory(p)) {
          shards.add(p);
        }
      }
    }
    return shards;
  }
}
