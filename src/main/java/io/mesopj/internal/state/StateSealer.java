package io.mesopj.internal.state;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals client-held state (backend "none"): AES-256-GCM, so the browser can carry the state but
 * can neither read nor change it. Blob layout: version (1 byte), key id (4), nonce (12),
 * ciphertext with tag. Several keys allow rotation: the first seals, any opens.
 */
public final class StateSealer {
  private static final byte VERSION = 1;
  private static final int KEY_ID_LEN = 4;
  private static final int NONCE_LEN = 12;
  private static final int TAG_BITS = 128;
  private static final int HEADER = 1 + KEY_ID_LEN + NONCE_LEN;

  /** Why a blob was refused. */
  public enum Problem { MALFORMED, UNKNOWN_KEY, TAMPERED }

  /** A blob that did not open. */
  public static final class SealException extends Exception {
    private final Problem problem;

    SealException(Problem problem, String message) {
      super(message);
      this.problem = problem;
    }

    public Problem problem() {
      return problem;
    }
  }

  private static final class Key {
    final SecretKeySpec spec;
    final byte[] id;

    Key(String secret) {
      byte[] material = sha256("mesopj-sealing-key-v1\0" + secret);
      this.spec = new SecretKeySpec(material, "AES");
      this.id = Arrays.copyOf(sha256("mesopj-key-id-v1\0" + secret), KEY_ID_LEN);
    }
  }

  private final List<Key> keys;
  private final SecureRandom random;

  /** {@code secrets}: at least one; the first seals. */
  public StateSealer(List<String> secrets, SecureRandom random) {
    if (secrets.isEmpty()) {
      throw new IllegalArgumentException("at least one sealing key is needed");
    }
    List<Key> list = new ArrayList<>();
    for (String s : secrets) {
      list.add(new Key(s));
    }
    this.keys = List.copyOf(list);
    this.random = random;
  }

  public byte[] seal(byte[] plaintext) {
    Key key = keys.get(0);
    byte[] out = new byte[HEADER + plaintext.length + TAG_BITS / 8];
    out[0] = VERSION;
    System.arraycopy(key.id, 0, out, 1, KEY_ID_LEN);
    byte[] nonce = new byte[NONCE_LEN];
    random.nextBytes(nonce);
    System.arraycopy(nonce, 0, out, 1 + KEY_ID_LEN, NONCE_LEN);
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, key.spec, new GCMParameterSpec(TAG_BITS, nonce));
      c.updateAAD(out, 0, 1 + KEY_ID_LEN);
      c.doFinal(plaintext, 0, plaintext.length, out, HEADER);
      return out;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }

  public byte[] open(byte[] sealed) throws SealException {
    if (sealed.length < HEADER + TAG_BITS / 8 || sealed[0] != VERSION) {
      throw new SealException(Problem.MALFORMED, "The state sent by the browser is not a mesopj sealed state.");
    }
    Key key = null;
    for (Key k : keys) {
      if (MessageDigest.isEqual(Arrays.copyOfRange(sealed, 1, 1 + KEY_ID_LEN), k.id)) {
        key = k;
        break;
      }
    }
    if (key == null) {
      throw new SealException(Problem.UNKNOWN_KEY, "The state was sealed with a key this server does not have."
          + " All nodes must share MESOPJ_SEALING_KEY; reload the page to start a new session.");
    }
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, key.spec, new GCMParameterSpec(TAG_BITS, sealed, 1 + KEY_ID_LEN, NONCE_LEN));
      c.updateAAD(sealed, 0, 1 + KEY_ID_LEN);
      return c.doFinal(sealed, HEADER, sealed.length - HEADER);
    } catch (javax.crypto.AEADBadTagException e) {
      throw new SealException(Problem.TAMPERED, "The state sent by the browser failed authentication: it was"
          + " changed or damaged. Reload the page to start a new session.");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

}
