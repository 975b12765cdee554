package io.mesopj.internal.runtime;

import java.util.Map;

/** A page found for a request path, with the values of its path parameters. */
public record PageMatch(PageDefinition page, Map<String, String> pathParams) {
  public PageMatch {
    pathParams = Map.copyOf(pathParams);
  }
}
