package io.mesopj.internal.state.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mesopj.internal.config.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The DDL files in sql/ say exactly what create-if-missing runs, so a table made by hand and one
 * made at start-up are the same. (Each database's contract test runs its file.)
 */
class SqlSchemaFilesTest {
  @Test
  void eachFileHoldsTheStatementsTheCodeRuns() throws IOException {
    for (SqlDialect dialect : SqlDialect.values()) {
      String file = Files.readString(Path.of(dialect.schemaFile()));
      List<String> expected = SqlSchema.createStatements(dialect, "mesop_state_session").stream()
          .map(SqlSchema::fold).collect(Collectors.toList());
      assertEquals(expected, SqlSchema.parseScript(file), dialect.schemaFile()
          + " differs from SqlSchema.createStatements; the code would create:\n"
          + SqlSchema.createScript(dialect, "mesop_state_session"));
      assertTrue(file.contains(Settings.SQL_TABLE.name()), dialect.schemaFile() + " says how to use another table");
    }
  }

  @Test
  void anotherTableNameIsUsedEverywhere() {
    for (SqlDialect dialect : SqlDialect.values()) {
      String script = SqlSchema.createScript(dialect, "my_sessions");
      assertTrue(!script.contains("mesop_state_session") && script.contains("CREATE TABLE IF NOT EXISTS my_sessions"),
          script);
    }
  }

  @Test
  void parsingDropsCommentsAndFoldsWhitespace() {
    assertEquals(List.of("CREATE TABLE t (a INT)", "SELECT 1"),
        SqlSchema.parseScript("-- a comment; with a semicolon\nCREATE TABLE t (\n  a INT -- note\n);\n\nSELECT 1;\n"));
  }
}
