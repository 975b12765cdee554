package io.mesopj.api;

/**
 * Optional start-up hook of an application: the WAR finds implementations (public, with a
 * no-argument constructor) and calls {@link #configure} once, before the first request.
 * Use it to register pages in code instead of (or besides) {@link Page} annotations.
 */
public interface MesopApplication {
  void configure(Pages pages);
}
