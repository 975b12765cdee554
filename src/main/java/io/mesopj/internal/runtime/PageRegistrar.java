package io.mesopj.internal.runtime;

import io.mesopj.api.MesopException;
import io.mesopj.api.PageRenderer;
import io.mesopj.api.PageSpec;
import io.mesopj.api.Pages;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects pages while the application starts, then freezes into a {@link PageRegistry}.
 * Registering after the freeze, or twice on one path, fails with a message naming both sides.
 */
public final class PageRegistrar implements Pages {
  private final Map<String, PageDefinition> pages = new LinkedHashMap<>();
  private PageRegistry frozen;

  @Override
  public Pages add(Class<? extends PageRenderer> pageClass) {
    return add(PageDefinition.fromAnnotated(pageClass));
  }

  @Override
  public Pages add(PageSpec spec) {
    return add(PageDefinition.fromSpec(spec));
  }

  public synchronized Pages add(PageDefinition page) {
    if (frozen != null) {
      throw new MesopException("Page " + page.path() + " (" + page.origin() + ") was added after the application"
          + " started serving. Register pages at start-up: with @Page, a MesopApplication, or a"
          + " ServletContextListener.");
    }
    PageDefinition existing = pages.get(page.path());
    if (existing == null) {
      // "/users/{id}" and "/users/{name}" are the same path too
      String shape = page.path().replaceAll("\\{[^}]*}", "{}");
      existing = pages.values().stream().filter(p -> p.path().replaceAll("\\{[^}]*}", "{}").equals(shape))
          .findFirst().orElse(null);
    }
    if (existing != null) {
      throw new MesopException("Two pages on path " + page.path() + ": " + existing.origin() + " and "
          + page.origin() + ". Give each page its own path.");
    }
    pages.put(page.path(), page);
    return this;
  }

  /** The finished registry; later calls return the same one. */
  public synchronized PageRegistry freeze() {
    if (frozen == null) {
      frozen = new PageRegistry(pages);
    }
    return frozen;
  }
}
