package io.mesopj.api;

import io.mesopj.protocol.CellClickPayload;
import io.mesopj.protocol.UserEvent;
import io.mesopj.internal.core.EventContext;

/**
 * A click on a table cell (Mesop's {@code TableClickEvent}). Indexes are as the browser
 * reports them: check them against your data before use, as any user input.
 */
public final class TableClickEvent extends Event {
  private final int row;
  private final int column;
  private final String columnName;

  TableClickEvent(EventContext context, UserEvent e) {
    super(context, e.getKey());
    if (e.getPayloadCase() != UserEvent.PayloadCase.CELL_CLICK) {
      throw new IllegalArgumentException("expected a table cell click, got " + e.getPayloadCase());
    }
    CellClickPayload cell = e.getCellClick();
    if (cell.getRow() < 0 || cell.getColumn() < 0) {
      throw new IllegalArgumentException("table cell indexes must not be negative: row " + cell.getRow()
          + ", column " + cell.getColumn());
    }
    this.row = cell.getRow();
    this.column = cell.getColumn();
    this.columnName = cell.getColumnName();
  }

  /** Index of the clicked row in the rows the table was given (0 is the first data row). */
  public int row() {
    return row;
  }

  /** Index of the clicked column (0 is the first). */
  public int column() {
    return column;
  }

  /** Name of the clicked column. */
  public String columnName() {
    return columnName;
  }
}
