package io.mesopj.internal.state.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading JDBC URLs without ever showing their credentials. */
final class JdbcUrls {
  private static final Pattern USER_INFO = Pattern.compile("//([^/@?;]*)@");
  private static final Pattern PASSWORD_OPTION =
      Pattern.compile("(?i)[?&;]password=([^&;]*)");

  private JdbcUrls() {}

  /**
   * The URL for messages: scheme, host, port and database or file, without user info and without
   * options (where drivers take passwords: {@code ?password=}, H2's {@code ;PASSWORD=}).
   */
  static String redact(String url) {
    if (url == null) {
      return "(none)";
    }
    String u = USER_INFO.matcher(url.strip()).replaceFirst("//");
    int cut = indexOfAny(u, "?;");
    return cut >= 0 ? u.substring(0, cut) : u;
  }

  /** Secrets a URL may carry (a password option, the password of user info), to scrub from messages. */
  static List<String> secretsIn(String url) {
    List<String> secrets = new ArrayList<>();
    if (url == null) {
      return secrets;
    }
    secrets.add(url.strip());
    Matcher info = USER_INFO.matcher(url);
    if (info.find() && info.group(1).contains(":")) {
      secrets.add(info.group(1).substring(info.group(1).indexOf(':') + 1));
    }
    Matcher option = PASSWORD_OPTION.matcher(url);
    while (option.find()) {
      secrets.add(option.group(1));
    }
    return secrets;
  }

  /** True when the URL already sets {@code option} (so our default must not override it). */
  static boolean hasOption(String url, String option) {
    return Pattern.compile("(?i)[?&;]" + Pattern.quote(option) + "=").matcher(url).find();
  }

  /**
   * True for SQLite URLs that open a database in memory. Mesop's rule: SQLite must be a file,
   * or each connection (and each node) would see its own empty database.
   */
  static boolean isSqliteInMemory(String url) {
    String u = url.strip().toLowerCase(Locale.ROOT);
    String path = u.startsWith("jdbc:sqlite:") ? u.substring("jdbc:sqlite:".length()) : u;
    int q = path.indexOf('?');
    String file = q >= 0 ? path.substring(0, q) : path;
    return file.isBlank() || file.contains(":memory:") || path.contains("mode=memory");
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
