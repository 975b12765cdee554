package io.mesopj.api;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Per-page relaxations of mesopj's strict default Content-Security-Policy, like Mesop's
 * {@code SecurityPolicy}. Every list holds CSP source expressions such as
 * {@code https://api.example.com}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface SecurityPolicy {
  /** Sites allowed to embed this page in an iframe ({@code frame-ancestors}); default: none. */
  String[] allowedIframeParents() default {};

  /** Extra {@code connect-src} sources (fetch, XHR, WebSocket). */
  String[] allowedConnectSrcs() default {};

  /** Extra {@code script-src} sources. */
  String[] allowedScriptSrcs() default {};

  /** Extra {@code font-src} sources. */
  String[] allowedFontSrcs() default {};

  /** Extra {@code worker-src} sources. */
  String[] allowedWorkerSrcs() default {};

  /** Extra {@code img-src}/{@code media-src} sources. */
  String[] allowedMediaSrcs() default {};

  /** Turns Trusted Types off (only for third-party web components that cannot work with it). */
  boolean dangerouslyDisableTrustedTypes() default false;
}
