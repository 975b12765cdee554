package io.mesopj.internal.state.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Which database a store talks to, as messages may show it, and the secrets messages must never
 * show (the password setting, the raw URL and any password inside it).
 */
final class SqlTarget {
  /** Secrets this short are not worth masking: replacing them would mangle every message. */
  private static final int MIN_SECRET_LENGTH = 4;

  private final SqlDialect dialect;
  private final String location;
  private final List<String> secrets;

  SqlTarget(SqlDialect dialect, String location, Collection<String> secrets) {
    this.dialect = dialect;
    this.location = location;
    List<String> kept = new ArrayList<>();
    for (String s : secrets) {
      if (s != null && s.length() >= MIN_SECRET_LENGTH) {
        kept.add(s);
      }
    }
    kept.sort((a, b) -> b.length() - a.length()); // the whole URL before a password inside it
    this.secrets = List.copyOf(kept);
  }

  /** A store over a JDBC URL (shown redacted), with the password setting as a further secret. */
  static SqlTarget ofUrl(SqlDialect dialect, String url, String password) {
    List<String> secrets = new ArrayList<>(JdbcUrls.secretsIn(url));
    secrets.add(password);
    return new SqlTarget(dialect, JdbcUrls.redact(url), secrets);
  }

  SqlDialect dialect() {
    return dialect;
  }

  /** E.g. "PostgreSQL at jdbc:postgresql://db:5432/app". */
  String describe() {
    return dialect.displayName() + " at " + location;
  }

  /** {@code text} with every secret replaced by ***. */
  String scrub(String text) {
    if (text == null) {
      return "";
    }
    String out = text;
    for (String s : secrets) {
      out = out.replace(s, "***");
    }
    return out;
  }

  /** {@code t} itself when no message in its cause chain shows a secret; otherwise null (dropped). */
  Throwable safeCause(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      String m = c.getMessage();
      if (m != null && !scrub(m).equals(m)) {
        return null;
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return t;
  }
}
