package io.mesopj.internal.server;

import io.mesopj.internal.config.ConfigException;
import io.mesopj.internal.config.MesopConfig;
import io.mesopj.internal.config.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Checks the configured static folder at start-up and resolves it to its real path. */
final class StaticFolders {
  private StaticFolders() {}

  static Optional<Path> realFolder(MesopConfig config) {
    Optional<Path> folder = config.staticFolder();
    if (folder.isEmpty()) {
      return Optional.empty();
    }
    Path p = folder.get();
    if (!Files.isDirectory(p)) {
      throw new ConfigException(Settings.STATIC_FOLDER.name() + "=" + config.get(Settings.STATIC_FOLDER) + " (from "
          + config.sourceOf(Settings.STATIC_FOLDER) + ") resolves to " + p + ", which is not an existing directory"
          + " (relative paths start at MESOP_APP_BASE_PATH = " + config.appBasePath() + ").");
    }
    try {
      return Optional.of(p.toRealPath());
    } catch (IOException e) {
      throw new ConfigException("Cannot read the static folder " + p + ": " + e.getMessage(), e);
    }
  }
}
