package io.mesopj.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DotEnvFileTest {
  @Test
  void parsesCommentsQuotesAndExport() {
    Map<String, String> v = DotEnvFile.parse(List.of("# comment", "", "A=1", "export B = two ", "C=\"quoted # not a comment\"",
        "D='single'", "E=value # trailing comment"), Path.of(".env"));
    assertEquals(Map.of("A", "1", "B", "two", "C", "quoted # not a comment", "D", "single", "E", "value"), v);
  }

  @Test
  void aLineWithoutEqualsIsAnError() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> DotEnvFile.parse(List.of("A=1", "oops"), Path.of("/srv/.env")));
    assertEquals("/srv/.env:2: expected KEY=value but found 'oops'", e.getMessage());
  }
}
