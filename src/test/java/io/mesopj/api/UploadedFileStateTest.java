package io.mesopj.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mesopj.internal.runtime.StateCodec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An uploaded file can be kept in state, as in Mesop. */
class UploadedFileStateTest {
  /** A state class holding files. */
  public static final class Files {
    List<UploadedFile> kept = new ArrayList<>();
    UploadedFile last;
  }

  @Test
  void survivesTheStateCodec() {
    StateCodec codec = new StateCodec();
    Files state = new Files();
    state.last = UploadedFile.of("notes.txt", "text/plain", "héllo".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    state.kept.add(UploadedFile.of("b.bin", "", new byte[] {0, (byte) 0xff}));

    Files back = codec.fromJson(codec.toJson(state), Files.class);
    assertEquals(state.last, back.last);
    assertEquals("héllo", back.last.text(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(2, back.kept.get(0).size());
    assertEquals(state.kept, back.kept);
  }
}
