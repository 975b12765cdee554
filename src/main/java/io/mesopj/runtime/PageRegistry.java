package io.mesopj.runtime;

import java.util.Map;
import java.util.Optional;

/** The application's pages by path. Built once at start-up; immutable. */
public final class PageRegistry {
  private final Map<String, PageDefinition> pages;

  PageRegistry(Map<String, PageDefinition> pages) {
    this.pages = Map.copyOf(pages);
  }

  /** The page at {@code path}; a trailing slash is ignored ("/chat/" finds "/chat"). */
  public Optional<PageDefinition> find(String path) {
    if (path == null || path.isEmpty()) {
      return Optional.ofNullable(pages.get("/"));
    }
    PageDefinition p = pages.get(path);
    if (p == null && path.length() > 1 && path.endsWith("/")) {
      p = pages.get(path.substring(0, path.length() - 1));
    }
    return Optional.ofNullable(p);
  }

  public Map<String, PageDefinition> all() {
    return pages;
  }
}
