package io.mesopj.api;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a web component may be called and set. Property and event names follow Mesop's rule:
 * never {@code src}, {@code srcdoc} or anything starting with {@code on} (whatever the case), as
 * those can load or run code. The browser client checks the same again.
 */
final class WebComponentNames {
  // A valid custom element name (ASCII subset): starts with a-z, has a hyphen, no upper case.
  private static final Pattern TAG = Pattern.compile("[a-z][a-z0-9._]*-[a-z0-9._-]*");
  private static final Set<String> RESERVED_TAGS = Set.of("annotation-xml", "color-profile", "font-face",
      "font-face-src", "font-face-uri", "font-face-format", "font-face-name", "missing-glyph");
  private static final Pattern PROPERTY = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
  private static final Pattern EVENT = Pattern.compile("[A-Za-z][A-Za-z0-9_.:-]*");
  // An absolute path inside the app: segments of safe characters, ending in .js or .mjs.
  private static final Pattern MODULE = Pattern.compile("(/[A-Za-z0-9_][A-Za-z0-9._-]*)+\\.m?js");
  private static final Set<String> OBJECT_KEYS = Set.of("__proto__", "constructor", "prototype");

  private WebComponentNames() {}

  static String tag(String tag) {
    if (tag == null || !TAG.matcher(tag).matches() || RESERVED_TAGS.contains(tag)) {
      throw new MesopException("'" + tag + "' is not a custom element name: use lower case with a hyphen,"
          + " e.g. \"my-counter\"");
    }
    if (tag.startsWith("mesopj-")) {
      throw new MesopException("Custom element names starting with 'mesopj-' are mesopj's own: rename '" + tag + "'");
    }
    return tag;
  }

  static String modulePath(String path) {
    if (path == null || !MODULE.matcher(path).matches() || path.contains("..")) {
      throw new MesopException("Web component module '" + path + "' must be an absolute path inside the app"
          + " ending in .js or .mjs, e.g. \"/web-components/my-counter.js\"");
    }
    return path;
  }

  static String property(String name) {
    if (name == null || !PROPERTY.matcher(name).matches() || OBJECT_KEYS.contains(name)) {
      throw new MesopException("'" + name + "' cannot be a web component property name: use a JavaScript"
          + " identifier such as \"value\"");
    }
    return requireSafe(name, "property");
  }

  static String event(String name) {
    if (name == null || !EVENT.matcher(name).matches()) {
      throw new MesopException("'" + name + "' cannot be a web component event name: use letters, digits"
          + " and - _ . : starting with a letter, e.g. \"value-change\"");
    }
    if (name.toLowerCase(Locale.ROOT).startsWith("mesopj")) {
      throw new MesopException("Web component event names starting with 'mesopj' are mesopj's own: rename '"
          + name + "'");
    }
    return requireSafe(name, "event");
  }

  private static String requireSafe(String name, String what) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("src") || lower.equals("srcdoc") || lower.startsWith("on")) {
      throw new MesopException("Cannot use '" + name + "' as a web component " + what + " name: 'src', 'srcdoc'"
          + " and names starting with 'on' can load or run code and are not allowed (as in Mesop)");
    }
    return name;
  }
}
