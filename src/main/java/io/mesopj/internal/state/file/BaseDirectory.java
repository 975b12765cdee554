package io.mesopj.internal.state.file;

import io.mesopj.internal.config.ConfigException;
import io.mesopj.internal.config.MesopConfig;
import io.mesopj.internal.config.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Checks on the store's base directory. Writability is tested by creating and deleting a probe
 * file, because permission bits do not tell (root ignores them; read-only mounts and immutable
 * attributes do not show in them).
 */
final class BaseDirectory {
  private static final String PROBE_PREFIX = ".mesopj-probe-";

  private BaseDirectory() {}

  /**
   * The configured base directory, resolved against MESOP_APP_BASE_PATH when relative. Throws
   * ConfigException when it is unset, missing, not a directory or not writable.
   */
  static Path fromConfig(MesopConfig config) {
    String raw = config.get(Settings.FILE_BASE_DIR);
    String name = Settings.FILE_BASE_DIR.name();
    if (raw == null || raw.isBlank()) {
      throw new ConfigException(name + " must be set to " + Settings.FILE_BASE_DIR.allowed() + " for the file"
          + " state store.");
    }
    Path dir = config.appBasePath().resolve(Paths.get(raw.strip())).toAbsolutePath().normalize();
    String where = name + "='" + raw + "' (from " + config.sourceOf(Settings.FILE_BASE_DIR) + ")";
    String resolved = dir.toString().equals(raw) ? "" : ", resolved to " + dir + ",";
    if (!Files.exists(dir)) {
      throw new ConfigException(where + resolved + " does not exist. Create it (writable by the server) or point"
          + " " + name + " at " + Settings.FILE_BASE_DIR.allowed() + ".");
    }
    if (!Files.isDirectory(dir)) {
      throw new ConfigException(where + resolved + " is not a directory. Point " + name + " at "
          + Settings.FILE_BASE_DIR.allowed() + ".");
    }
    try {
      probe(dir);
    } catch (IOException e) {
      throw new ConfigException(where + resolved + " is not writable (creating a file in it failed: " + e
          + "). Point " + name + " at " + Settings.FILE_BASE_DIR.allowed() + ".", e);
    }
    return dir;
  }

  /** Creates and deletes a probe file in {@code dir}; throws if either fails. */
  static void probe(Path dir) throws IOException {
    Path probe = Files.createTempFile(dir, PROBE_PREFIX, ".probe");
    Files.delete(probe);
  }
}
