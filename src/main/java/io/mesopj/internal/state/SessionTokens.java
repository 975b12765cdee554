package io.mesopj.internal.state;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** Session tokens: 128 random bits, base64url (22 characters). */
public final class SessionTokens {
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{22}");

  private SessionTokens() {}

  public static String newToken(SecureRandom random) {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** True when {@code token} has the shape of a token (checked before it reaches any store). */
  public static boolean isWellFormed(String token) {
    return token != null && SHAPE.matcher(token).matches();
  }

  /** A token shortened for logs and messages, so it cannot be replayed from them. */
  public static String redact(String token) {
    return token == null || token.length() < 6 ? "?" : token.substring(0, 6) + "…";
  }
}
