package io.mesopj.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link PageRenderer} class as a page. The WAR finds annotated classes at start-up;
 * the class needs a public no-argument constructor (one instance is made per request).
 *
 * <pre>{@code
 * @Page(path = "/counter", title = "Counter")
 * public final class CounterPage implements PageRenderer { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Page {
  /** URL path relative to the application's context path, e.g. {@code "/"} or {@code "/chat"}. */
  String path();

  /** Browser tab title. */
  String title() default "Mesop";

  /**
   * Name of a method of the page class, taking a {@link LoadEvent}, run when the page loads
   * (before the first render). It may change state and flush like any handler.
   */
  String onLoad() default "";

  /** Extra stylesheet URLs (served by the app or allowed by the security policy). */
  String[] stylesheets() default {};

  /** The page's Content-Security-Policy relaxations. */
  SecurityPolicy security() default @SecurityPolicy;
}
