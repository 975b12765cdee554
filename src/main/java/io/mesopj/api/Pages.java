package io.mesopj.api;

/**
 * Registers pages while the application starts. Two pages on one path, or a page added after
 * the application began serving, is an error that stops the deployment.
 */
public interface Pages {
  /** Adds a class annotated with {@link Page}. */
  Pages add(Class<? extends PageRenderer> pageClass);

  /** Adds a page described in code. */
  Pages add(PageSpec spec);
}
