package io.mesopj.api;

import java.util.Map;

/** Looking up path parameters with a clear error for names the page does not declare. */
final class PathParams {
  private PathParams() {}

  static String get(Map<String, String> params, String name, String path) {
    String value = params.get(name);
    if (value == null) {
      throw new MesopException("The page at " + path + " has no path parameter {" + name + "}; it has "
          + params.keySet() + ".");
    }
    return value;
  }
}
