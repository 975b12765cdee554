package io.mesopj.api;

import java.util.Locale;
import java.util.regex.Pattern;

/** Checks the MIME type an app gives with media bytes (image, video, audio). */
final class MediaTypes {
  private static final Pattern TYPE = Pattern.compile("[a-z]+/[a-z0-9][a-z0-9.+-]*(;.*)?");

  private MediaTypes() {}

  /** {@code mimeType} lower-cased, if it is a {@code kind/...} type; a MesopException otherwise. */
  static String require(String mimeType, String kind, String what) {
    String t = mimeType == null ? "" : mimeType.trim().toLowerCase(Locale.ROOT);
    if (!TYPE.matcher(t).matches() || !t.startsWith(kind + "/")) {
      throw new MesopException(what + " needs a " + kind + "/* MIME type for its bytes, e.g. "
          + example(kind) + ", got '" + mimeType + "'");
    }
    return t;
  }

  private static String example(String kind) {
    switch (kind) {
      case "image": return "image/png";
      case "video": return "video/webm";
      default: return "audio/wav";
    }
  }
}
