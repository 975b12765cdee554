package io.mesopj.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mesopj.internal.config.Setting;
import io.mesopj.internal.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps README true: every setting is documented, and .ci/run runs the README's test command. */
class ReadmeTest {
  @Test
  void everySettingIsInTheReadmeTable() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    for (Setting<?> s : Settings.ALL) {
      assertTrue(readme.contains("`" + s.name() + "`"), s.name() + " is missing from README.md");
    }
  }

  @Test
  void ciRunsTheReadmeTestCommand() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    String ci = Files.readString(Path.of(".ci", "run"));
    assertTrue(readme.contains("| `mvn verify` |"), "README names the test command");
    assertTrue(ci.strip().endsWith("mvn verify"), ".ci/run ends by running mvn verify");
  }
}
