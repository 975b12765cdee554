package io.mesopj.api;

import io.mesopj.protocol.components.TableProps;
import io.mesopj.protocol.components.TableRow;
import io.mesopj.internal.core.RenderContext;
import io.mesopj.internal.core.Node;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A data table of text cells (Mesop's {@code me.table}), with an optional sticky header and
 * sticky columns, and a click event per cell. Scrolls inside itself when it is given a height:
 * {@code .style(Style.of().maxHeight("320px"))}.
 */
public final class Table extends Component<Table> {
  private final TableProps.Builder props;

  private Table(RenderContext context, Node node, TableProps.Builder props) {
    super(context, node);
    this.props = props;
  }

  static Table create(RenderContext context, List<String> columns, List<? extends List<?>> rows) {
    TableProps.Builder props = props(columns, rows);
    return new Table(context, Component.add(context, "table", props), props);
  }

  static <T> Table create(RenderContext context, List<TableColumn<T>> columns, Collection<? extends T> items) {
    if (columns == null || items == null) {
      throw new MesopException("ui.table(columns, items) needs columns and items, got null");
    }
    List<String> names = new ArrayList<>(columns.size());
    for (TableColumn<T> c : columns) {
      names.add(c.name());
    }
    List<List<Object>> rows = new ArrayList<>(items.size());
    for (T item : items) {
      List<Object> row = new ArrayList<>(columns.size());
      for (TableColumn<T> c : columns) {
        row.add(c.text(item));
      }
      rows.add(row);
    }
    return create(context, names, rows);
  }

  /** The wire form of the data: every row padded to the number of columns; a longer row is an app bug. */
  static TableProps.Builder props(List<String> columns, List<? extends List<?>> rows) {
    if (columns == null || rows == null) {
      throw new MesopException("ui.table(columns, rows) needs columns and rows, got null");
    }
    TableProps.Builder props = TableProps.newBuilder();
    for (String c : columns) {
      if (c == null) {
        throw new MesopException("Table column names must not be null: " + columns);
      }
      props.addColumns(c);
    }
    int i = 0;
    for (List<?> row : rows) {
      if (row == null) {
        throw new MesopException("Table row " + i + " is null");
      }
      if (row.size() > columns.size()) {
        throw new MesopException("Table row " + i + " has " + row.size() + " cells but the table has "
            + columns.size() + " columns " + columns);
      }
      TableRow.Builder r = TableRow.newBuilder();
      for (Object cell : row) {
        r.addCells(cell == null ? "" : String.valueOf(cell));
      }
      for (int k = row.size(); k < columns.size(); k++) {
        r.addCells("");
      }
      props.addRows(r);
      i++;
    }
    return props;
  }

  /** Keeps the header row visible while the table scrolls vertically. */
  public Table stickyHeader(boolean sticky) {
    props.setStickyHeader(sticky);
    return this;
  }

  /**
   * Keeps these columns visible while the table scrolls sideways (usually the first ones: a name
   * or id). Each must be one of the table's columns.
   */
  public Table stickyColumns(String... names) {
    Set<String> known = new HashSet<>(props.getColumnsList());
    props.clearStickyColumns();
    for (String n : names) {
      if (!known.contains(n)) {
        throw new MesopException("stickyColumns: '" + n + "' is not a column of this table "
            + props.getColumnsList());
      }
      props.addStickyColumns(n);
    }
    return this;
  }

  /** Called when the user clicks a cell; the event says which row and column. */
  public Table onClick(Handler<TableClickEvent> handler) {
    props.setOnCellClick(Handlers.id(context, handler, TableClickEvent::new));
    return this;
  }
}
