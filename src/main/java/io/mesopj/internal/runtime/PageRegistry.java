package io.mesopj.internal.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The application's pages. Literal paths are looked up directly; paths with parameters
 * ({@code /users/{id}}) are tried in order, those with fewer parameters first. Built once at
 * start-up; immutable.
 */
public final class PageRegistry {
  private final Map<String, PageDefinition> pages;
  private final List<PageDefinition> patterns;

  PageRegistry(Map<String, PageDefinition> pages) {
    this.pages = Map.copyOf(pages);
    List<PageDefinition> withParams = new ArrayList<>();
    for (PageDefinition p : pages.values()) {
      if (p.pathPattern().hasParameters()) {
        withParams.add(p);
      }
    }
    withParams.sort(Comparator.comparingLong((PageDefinition p) -> p.path().chars().filter(c -> c == '{').count())
        .thenComparing(PageDefinition::path));
    this.patterns = List.copyOf(withParams);
  }

  /** The page at {@code path}; a trailing slash is ignored ("/chat/" finds "/chat"). */
  public Optional<PageMatch> match(String path) {
    String p = path == null || path.isEmpty() ? "/" : path;
    if (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    PageDefinition exact = pages.get(p);
    if (exact != null && !exact.pathPattern().hasParameters()) {
      return Optional.of(new PageMatch(exact, Map.of()));
    }
    for (PageDefinition candidate : patterns) {
      Map<String, String> params = candidate.pathPattern().match(p);
      if (params != null) {
        return Optional.of(new PageMatch(candidate, params));
      }
    }
    return Optional.empty();
  }

  /** The page at {@code path}, without its parameters. */
  public Optional<PageDefinition> find(String path) {
    return match(path).map(PageMatch::page);
  }

  /** Pages by path pattern. */
  public Map<String, PageDefinition> all() {
    return pages;
  }
}
