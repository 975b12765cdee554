package io.mesopj.internal.server;

/**
 * One byte range of an HTTP Range header ({@code bytes=a-b}, {@code bytes=a-}, {@code bytes=-n}).
 * Several ranges are answered with the whole file (allowed by RFC 9110).
 */
record ByteRange(long start, long length) {
  static final ByteRange UNSATISFIABLE = new ByteRange(-1, -1);

  /** Null when there is no usable range header (serve everything); UNSATISFIABLE for a range past the end. */
  static ByteRange parse(String header, long size) {
    if (header == null || !header.startsWith("bytes=") || header.indexOf(',') >= 0) {
      return null;
    }
    String spec = header.substring(6).strip();
    int dash = spec.indexOf('-');
    if (dash < 0) {
      return null;
    }
    try {
      String a = spec.substring(0, dash).strip();
      String b = spec.substring(dash + 1).strip();
      if (a.isEmpty()) {
        long suffix = Long.parseLong(b);
        if (suffix <= 0) {
          return UNSATISFIABLE;
        }
        long n = Math.min(suffix, size);
        return n == 0 ? UNSATISFIABLE : new ByteRange(size - n, n);
      }
      long start = Long.parseLong(a);
      long end = b.isEmpty() ? size - 1 : Math.min(Long.parseLong(b), size - 1);
      if (start >= size || end < start) {
        return UNSATISFIABLE;
      }
      return new ByteRange(start, end - start + 1);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
