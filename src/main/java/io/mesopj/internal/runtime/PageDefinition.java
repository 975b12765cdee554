package io.mesopj.internal.runtime;

import io.mesopj.api.Handler;
import io.mesopj.api.LoadEvent;
import io.mesopj.api.MesopException;
import io.mesopj.api.Page;
import io.mesopj.api.PageRenderer;
import io.mesopj.api.PageSpec;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.function.Supplier;

/** A registered page: where it lives, how to make its renderer and how to load it. Immutable. */
public final class PageDefinition {
  /** Runs a page's on-load hook against the page's instance for this request. */
  @FunctionalInterface
  public interface LoadHook {
    void run(PageRenderer page, LoadEvent event) throws Exception;
  }

  private final PagePath path;
  private final String title;
  private final Supplier<? extends PageRenderer> factory;
  private final LoadHook onLoad;
  private final List<String> stylesheets;
  private final PagePolicy policy;
  private final String origin;

  private PageDefinition(String path, String title, Supplier<? extends PageRenderer> factory, LoadHook onLoad,
      List<String> stylesheets, PagePolicy policy, String origin) {
    this.path = PagePath.parse(path, origin);
    this.title = title;
    this.factory = factory;
    this.onLoad = onLoad;
    this.stylesheets = List.copyOf(stylesheets);
    this.policy = policy;
    this.origin = origin;
  }

  /** From a class annotated with {@link Page}; checks everything a request will need. */
  public static PageDefinition fromAnnotated(Class<?> type) {
    String origin = type.getName();
    Page page = type.getAnnotation(Page.class);
    if (page == null) {
      throw new MesopException(origin + " is not annotated with @Page");
    }
    if (!PageRenderer.class.isAssignableFrom(type)) {
      throw new MesopException(origin + " is annotated with @Page but does not implement PageRenderer");
    }
    if (!Modifier.isPublic(type.getModifiers()) || Modifier.isAbstract(type.getModifiers())
        || type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers())) {
      throw new MesopException(origin + ": a @Page class must be public, concrete and top-level or static");
    }
    Constructor<?> ctor;
    try {
      ctor = type.getConstructor();
    } catch (NoSuchMethodException e) {
      throw new MesopException(origin + ": a @Page class needs a public no-argument constructor");
    }
    Supplier<PageRenderer> factory = () -> {
      try {
        return (PageRenderer) ctor.newInstance();
      } catch (InvocationTargetException e) {
        throw new MesopException("Creating page " + origin + " failed: " + e.getCause(), e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new MesopException("Cannot create page " + origin, e);
      }
    };
    return new PageDefinition(page.path(), page.title(), factory, loadHook(type, page.onLoad()),
        List.of(page.stylesheets()), PagePolicy.of(page.security()), origin);
  }

  private static LoadHook loadHook(Class<?> type, String methodName) {
    if (methodName.isEmpty()) {
      return null;
    }
    Method m;
    try {
      m = type.getDeclaredMethod(methodName, LoadEvent.class);
    } catch (NoSuchMethodException e) {
      throw new MesopException(type.getName() + ": @Page(onLoad = \"" + methodName + "\") needs a method "
          + methodName + "(LoadEvent) in that class");
    }
    m.setAccessible(true);
    return (page, event) -> {
      try {
        m.invoke(page, event);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof Exception) {
          throw (Exception) e.getCause();
        }
        throw e;
      }
    };
  }

  /** From a page described in code. */
  public static PageDefinition fromSpec(PageSpec spec) {
    Handler<LoadEvent> load = spec.onLoad();
    PagePolicy policy = new PagePolicy(spec.iframeParents(), spec.connectSrcs(), spec.scriptSrcs(),
        spec.fontSrcs(), spec.workerSrcs(), spec.mediaSrcs(), spec.trustedTypes());
    return new PageDefinition(spec.path(), spec.title(), spec.factory(),
        load == null ? null : (page, event) -> load.handle(event), spec.stylesheets(), policy,
        "PageSpec " + spec.path());
  }

  /** The path pattern, e.g. "/users/{id}". */
  public String path() {
    return path.pattern();
  }

  PagePath pathPattern() {
    return path;
  }

  public String title() {
    return title;
  }

  /** A fresh renderer for one request. */
  public PageRenderer newRenderer() {
    PageRenderer r = factory.get();
    if (r == null) {
      throw new MesopException("The factory of page " + path + " returned null");
    }
    return r;
  }

  /** The on-load hook, or null. */
  public LoadHook onLoad() {
    return onLoad;
  }

  public List<String> stylesheets() {
    return stylesheets;
  }

  public PagePolicy policy() {
    return policy;
  }

  /** Where the page was defined (class name), for error messages. */
  public String origin() {
    return origin;
  }
}
