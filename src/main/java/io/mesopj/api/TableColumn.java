package io.mesopj.api;

import java.util.Objects;
import java.util.function.Function;

/**
 * A column of a table built from objects: its name and how to get a cell's text from a row
 * object. See {@link DisplayComponents#table(java.util.List, java.util.Collection)}.
 *
 * <pre>{@code
 * ui.table(List.of(TableColumn.of("Name", Person::name), TableColumn.of("Age", Person::age)), people);
 * }</pre>
 *
 * @param <T> the row type
 */
public final class TableColumn<T> {
  private final String name;
  private final Function<? super T, ?> value;

  private TableColumn(String name, Function<? super T, ?> value) {
    this.name = name;
    this.value = value;
  }

  /** A column named {@code name} whose cells show {@code value(row)} ({@code String.valueOf}; null is empty). */
  public static <T> TableColumn<T> of(String name, Function<? super T, ?> value) {
    if (name == null) {
      throw new MesopException("A table column needs a name");
    }
    return new TableColumn<>(name, Objects.requireNonNull(value, "value"));
  }

  public String name() {
    return name;
  }

  /** The text of this column's cell for {@code row}, as the table shows it. */
  public String text(T row) {
    Object v = value.apply(row);
    return v == null ? "" : String.valueOf(v);
  }
}
