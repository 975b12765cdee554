package io.mesopj.internal.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateSealerTest {
  private static final String KEY_A = "a".repeat(40);
  private static final String KEY_B = "b".repeat(40);
  private final byte[] plain = "{\"count\":41}".getBytes(StandardCharsets.UTF_8);

  @Test
  void sealsAndOpens() throws Exception {
    StateSealer sealer = new StateSealer(List.of(KEY_A), new SecureRandom());
    byte[] sealed = sealer.seal(plain);
    assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("count"), "state is encrypted");
    assertArrayEquals(plain, sealer.open(sealed));
    assertFalse(Arrays.equals(sealed, sealer.seal(plain)), "fresh nonce each time");
  }

  @Test
  void anyFlippedBitIsTampering() throws Exception {
    StateSealer sealer = new StateSealer(List.of(KEY_A), new SecureRandom());
    byte[] sealed = sealer.seal(plain);
    for (int i = 5; i < sealed.length; i++) {
      byte[] bad = sealed.clone();
      bad[i] ^= 1;
      StateSealer.SealException e = assertThrows(StateSealer.SealException.class, () -> sealer.open(bad));
      assertEquals(StateSealer.Problem.TAMPERED, e.problem());
    }
  }

  @Test
  void anotherNodesKeyIsRefusedClearly() {
    byte[] sealed = new StateSealer(List.of(KEY_A), new SecureRandom()).seal(plain);
    StateSealer other = new StateSealer(List.of(KEY_B), new SecureRandom());
    StateSealer.SealException e = assertThrows(StateSealer.SealException.class, () -> other.open(sealed));
    assertEquals(StateSealer.Problem.UNKNOWN_KEY, e.problem());
  }

  @Test
  void garbageIsMalformed() {
    StateSealer sealer = new StateSealer(List.of(KEY_A), new SecureRandom());
    StateSealer.SealException e = assertThrows(StateSealer.SealException.class,
        () -> sealer.open("hello".getBytes(StandardCharsets.UTF_8)));
    assertEquals(StateSealer.Problem.MALFORMED, e.problem());
  }

  @Test
  void rotationOpensWithTheOldKeyAndSealsWithTheNew() throws Exception {
    byte[] old = new StateSealer(List.of(KEY_A), new SecureRandom()).seal(plain);
    StateSealer rotated = new StateSealer(List.of(KEY_B, KEY_A), new SecureRandom());
    assertArrayEquals(plain, rotated.open(old));
    byte[] fresh = rotated.seal(plain);
    assertThrows(StateSealer.SealException.class,
        () -> new StateSealer(List.of(KEY_A), new SecureRandom()).open(fresh));
  }
}
