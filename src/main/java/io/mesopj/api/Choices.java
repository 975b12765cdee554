package io.mesopj.api;

import io.mesopj.protocol.components.ChoiceEntry;
import io.mesopj.protocol.components.ChoiceGroup;
import io.mesopj.protocol.components.ChoiceOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Turns options into their wire form. */
final class Choices {
  private Choices() {}

  static ChoiceOption option(Option o) {
    return ChoiceOption.newBuilder().setLabel(o.label()).setValue(o.value()).setDisabled(o.isDisabled()).build();
  }

  static List<ChoiceOption> options(Collection<Option> options) {
    List<ChoiceOption> out = new ArrayList<>(options.size());
    for (Option o : nonNull(options)) {
      out.add(option(o));
    }
    return out;
  }

  static List<ChoiceEntry> entries(Collection<? extends OptionEntry> entries) {
    List<ChoiceEntry> out = new ArrayList<>();
    for (OptionEntry e : nonNull(entries)) {
      if (e instanceof Option o) {
        out.add(ChoiceEntry.newBuilder().setOption(option(o)).build());
      } else if (e instanceof OptionGroup g) {
        out.add(ChoiceEntry.newBuilder().setGroup(ChoiceGroup.newBuilder().setLabel(g.label())
            .addAllOptions(options(g.options()))).build());
      }
    }
    return out;
  }

  /** The values as a list without nulls (a null collection is empty). */
  static List<String> values(Collection<String> values) {
    List<String> out = new ArrayList<>();
    for (String v : values == null ? List.<String>of() : values) {
      if (v != null) {
        out.add(v);
      }
    }
    return out;
  }

  private static <T> Collection<T> nonNull(Collection<T> c) {
    if (c == null) {
      return List.of();
    }
    for (T t : c) {
      if (t == null) {
        throw new MesopException("An option list must not contain null");
      }
    }
    return c;
  }
}
