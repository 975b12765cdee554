package io.mesopj.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The harness's files under its work directory (target/bench). */
final class WorkFiles {
  private WorkFiles() {}

  /**
   * The WAR unpacked once per build into {@code dir} (every server JVM deploys the same exploded
   * copy instead of unpacking ~60 MB each time it starts); re-unpacked when the WAR changes.
   */
  static Path explode(Path war, Path dir) throws IOException {
    Path stamp = dir.resolve(".unpacked-from");
    String id = war + " " + Files.getLastModifiedTime(war).toMillis() + " " + Files.size(war);
    if (Files.isRegularFile(stamp) && Files.readString(stamp).equals(id)) {
      return dir;
    }
    deleteTree(dir);
    Files.createDirectories(dir);
    try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
        new java.io.BufferedInputStream(Files.newInputStream(war)))) {
      for (java.util.zip.ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        Path target = dir.resolve(e.getName()).normalize();
        if (!target.startsWith(dir)) {
          throw new IOException("bad entry in " + war + ": " + e.getName());
        }
        if (e.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(zip, target);
        }
      }
    }
    Files.writeString(stamp, id);
    return dir;
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.out.println("could not delete " + dir + ": " + e);
    }
  }
}
