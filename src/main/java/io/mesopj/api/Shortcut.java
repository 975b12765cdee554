package io.mesopj.api;

/**
 * A key combination, e.g. {@code Shortcut.of("Enter").withShift()}. {@code key} is the browser's
 * {@code KeyboardEvent.key} ("Enter", "s", "ArrowUp").
 */
public record Shortcut(String key, boolean shift, boolean ctrl, boolean alt, boolean meta) {
  public static Shortcut of(String key) {
    if (key == null || key.isEmpty()) {
      throw new MesopException("A shortcut needs a key, e.g. \"Enter\"");
    }
    return new Shortcut(key, false, false, false, false);
  }

  public Shortcut withShift() {
    return new Shortcut(key, true, ctrl, alt, meta);
  }

  public Shortcut withCtrl() {
    return new Shortcut(key, shift, true, alt, meta);
  }

  public Shortcut withAlt() {
    return new Shortcut(key, shift, ctrl, true, meta);
  }

  public Shortcut withMeta() {
    return new Shortcut(key, shift, ctrl, alt, true);
  }
}
