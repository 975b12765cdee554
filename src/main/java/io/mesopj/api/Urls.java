package io.mesopj.api;

import java.util.Locale;

/**
 * Checks the URLs an app puts into links, embeds and media. Only web URLs get through:
 * {@code http:}/{@code https:}, protocol-relative ({@code //host/x}) and relative paths
 * ({@code /chat}, {@code docs/a.html}, {@code ?q=1}, {@code #top}). {@code javascript:},
 * {@code data:} (except where a caller allows it), {@code file:} and every other scheme are an
 * app bug and fail the render with a {@link MesopException}.
 */
final class Urls {
  private Urls() {}

  /** A link target or an iframe source. */
  static String requireWebUrl(String url, String what) {
    return check(url, what, false);
  }

  /** A media source: web URLs plus {@code data:} and {@code blob:} URLs, which cannot run script there. */
  static String requireMediaUrl(String url, String what) {
    return check(url, what, true);
  }

  private static String check(String url, String what, boolean media) {
    if (url == null || url.isBlank()) {
      throw new MesopException(what + " needs a URL");
    }
    String scheme = scheme(url);
    if (scheme == null || scheme.equals("http") || scheme.equals("https")
        || (media && (scheme.equals("data") || scheme.equals("blob")))) {
      return url;
    }
    throw new MesopException(what + " refuses the URL '" + abbreviate(url) + "': only http(s) URLs and relative"
        + " paths are allowed" + (media ? " (and data: or blob: for media)" : "") + ", not " + scheme + ":");
  }

  /**
   * The scheme the browser will see, lower case, or null for a relative URL. Browsers drop tabs
   * and newlines anywhere and C0 controls and spaces at both ends before parsing
   * (WHATWG URL), so {@code " java\tscript:x"} is a javascript: URL and must be read as one.
   */
  static String scheme(String url) {
    StringBuilder s = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r') {
        s.append(c);
      }
    }
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && s.charAt(end - 1) <= ' ') {
      end--;
    }
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c == ':') {
        return i == start ? null : s.substring(start, i).toLowerCase(Locale.ROOT);
      }
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      boolean schemeChar = letter || (i > start && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
      if (!schemeChar) {
        return null; // a '/', '?', '#' or other character before any ':': a relative URL
      }
    }
    return null;
  }

  private static String abbreviate(String url) {
    return url.length() <= 60 ? url : url.substring(0, 57) + "...";
  }
}
