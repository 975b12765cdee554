package io.mesopj.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mesopj.protocol.CellClickPayload;
import io.mesopj.protocol.UserEvent;
import io.mesopj.protocol.components.TableProps;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {
  @Test
  void cellsAreTextInColumnOrderAndShortRowsArePadded() {
    TableProps p = Table.props(List.of("Name", "Age", "Note"),
        List.of(List.of("Ada", 36, true), Arrays.asList("Alan", null), List.of())).build();
    assertEquals(List.of("Name", "Age", "Note"), p.getColumnsList());
    assertEquals(List.of("Ada", "36", "true"), p.getRows(0).getCellsList());
    assertEquals(List.of("Alan", "", ""), p.getRows(1).getCellsList());
    assertEquals(List.of("", "", ""), p.getRows(2).getCellsList());
  }

  @Test
  void aRowLongerThanTheColumnsIsAnAppBug() {
    MesopException e = assertThrows(MesopException.class,
        () -> Table.props(List.of("A"), List.of(List.of("1"), List.of("1", "2"))));
    assertEquals("Table row 1 has 2 cells but the table has 1 columns [A]", e.getMessage());
  }

  @Test
  void nullsAreRefusedWithAMessage() {
    assertThrows(MesopException.class, () -> Table.props(null, List.of()));
    assertThrows(MesopException.class, () -> Table.props(List.of("A"), Arrays.asList(List.of("x"), null)));
    assertThrows(MesopException.class, () -> Table.props(Arrays.asList("A", null), List.of()));
  }

  @Test
  void columnsGiveTheTextOfTheirCell() {
    record Person(String name, Integer age) {}
    TableColumn<Person> age = TableColumn.of("Age", Person::age);
    assertEquals("36", age.text(new Person("Ada", 36)));
    assertEquals("", age.text(new Person("Ada", null)));
    assertEquals("Age", age.name());
  }

  @Test
  void cellClickCarriesRowColumnAndName() {
    TableClickEvent e = new TableClickEvent(null, UserEvent.newBuilder().setKey("t")
        .setCellClick(CellClickPayload.newBuilder().setRow(3).setColumn(2).setColumnName("Number")).build());
    assertEquals(3, e.row());
    assertEquals(2, e.column());
    assertEquals("Number", e.columnName());
    assertEquals("t", e.key());
  }

  @Test
  void aBadCellClickIsABadRequest() {
    IllegalArgumentException wrongKind = assertThrows(IllegalArgumentException.class,
        () -> new TableClickEvent(null, UserEvent.newBuilder().setStringValue("x").build()));
    assertTrue(wrongKind.getMessage().startsWith("expected a table cell click"), wrongKind.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new TableClickEvent(null, UserEvent.newBuilder()
        .setCellClick(CellClickPayload.newBuilder().setRow(-1).setColumn(0)).build()));
    assertThrows(IllegalArgumentException.class, () -> new TableClickEvent(null, UserEvent.newBuilder()
        .setCellClick(CellClickPayload.newBuilder().setRow(0).setColumn(-5)).build()));
  }
}
