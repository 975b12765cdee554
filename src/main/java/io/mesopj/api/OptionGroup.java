package io.mesopj.api;

import java.util.List;
import java.util.Objects;

/** A labelled group of options in a select or an autocomplete. Immutable. */
public record OptionGroup(String label, List<Option> options) implements OptionEntry {
  public OptionGroup {
    label = label == null ? "" : label;
    options = List.copyOf(Objects.requireNonNull(options, "an option group needs options"));
  }

  public static OptionGroup of(String label, List<Option> options) {
    return new OptionGroup(label, options);
  }

  public static OptionGroup of(String label, Option... options) {
    return new OptionGroup(label, List.of(options));
  }
}
