package io.mesopj.internal.runtime;

import io.mesopj.api.MesopException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A page's path pattern: literal segments and {@code {name}} parameters, e.g.
 * {@code /users/{id}/posts}. Parameters match one non-empty segment.
 */
final class PagePath {
  private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9._~-]+");
  private static final Pattern PARAM = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

  private final String pattern;
  private final List<String> segments; // literal text, or null for a parameter
  private final List<String> names;    // parameter name per segment, or null for literals

  private PagePath(String pattern, List<String> segments, List<String> names) {
    this.pattern = pattern;
    this.segments = segments;
    this.names = names;
  }

  static PagePath parse(String pattern, String origin) {
    if (pattern == null || !pattern.startsWith("/") || pattern.startsWith("/__")
        || (pattern.length() > 1 && pattern.endsWith("/"))) {
      throw invalid(pattern, origin);
    }
    List<String> segments = new ArrayList<>();
    List<String> names = new ArrayList<>();
    if (!pattern.equals("/")) {
      for (String s : pattern.substring(1).split("/", -1)) {
        var param = PARAM.matcher(s);
        if (param.matches()) {
          if (names.contains(param.group(1))) {
            throw new MesopException(origin + ": page path '" + pattern + "' names {" + param.group(1) + "} twice");
          }
          segments.add(null);
          names.add(param.group(1));
        } else if (LITERAL.matcher(s).matches() && !s.equals(".") && !s.equals("..")) {
          segments.add(s);
          names.add(null);
        } else {
          throw invalid(pattern, origin);
        }
      }
    }
    return new PagePath(pattern, java.util.Collections.unmodifiableList(segments),
        java.util.Collections.unmodifiableList(names));
  }

  private static MesopException invalid(String pattern, String origin) {
    return new MesopException(origin + ": page path '" + pattern + "' is not valid. Use '/' or segments of"
        + " letters, digits, '.', '_', '~', '-' such as '/chat/history', or parameters such as '/users/{id}';"
        + " paths starting with /__ are reserved.");
  }

  String pattern() {
    return pattern;
  }

  boolean hasParameters() {
    return names.stream().anyMatch(n -> n != null);
  }

  /** The parameters when {@code path} matches, else null. */
  Map<String, String> match(String path) {
    String[] parts = path.equals("/") ? new String[0] : path.substring(1).split("/", -1);
    if (parts.length != segments.size()) {
      return null;
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < parts.length; i++) {
      String literal = segments.get(i);
      if (literal != null) {
        if (!literal.equals(parts[i])) {
          return null;
        }
      } else if (parts[i].isEmpty()) {
        return null;
      } else {
        params.put(names.get(i), parts[i]);
      }
    }
    return params;
  }
}
