package io.mesopj.internal.state.firestore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.cloud.firestore.Firestore;
import io.mesopj.internal.config.ConfigException;
import io.mesopj.internal.config.MesopConfig;
import io.mesopj.internal.state.AcquireResult;
import io.mesopj.internal.state.ManualClock;
import io.mesopj.internal.state.SessionTokens;
import io.mesopj.testsupport.FirestoreEmulator;
import io.mesopj.testsupport.SharedFirestoreEmulator;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@link FirestoreStateStore#fromConfig}: settings, the emulator variable and clear start-up errors. */
@ExtendWith(SharedFirestoreEmulator.class)
class FirestoreConfigTest {
  private static final FirestoreConnections.CredentialsLookup NO_CREDENTIALS = () -> {
    throw new IOException("The Application Default Credentials are not available.");
  };

  @TempDir
  Path base;

  private final ManualClock clock = new ManualClock();

  private MesopConfig config(String... keyValues) {
    Map<String, String> settings = new HashMap<>();
    settings.put("MESOP_APP_BASE_PATH", base.toString()); // no stray .env
    settings.put("MESOP_STATE_SESSION_BACKEND", "firestore");
    for (int i = 0; i < keyValues.length; i += 2) {
      settings.put(keyValues[i], keyValues[i + 1]);
    }
    return MesopConfig.of(settings);
  }

  @Test
  void theEmulatorVariableAndSettingsPickProjectAndCollection(FirestoreEmulator emulator) throws Exception {
    emulator.clear();
    MesopConfig config = config("MESOPJ_FIRESTORE_PROJECT", emulator.projectId(),
        "MESOP_STATE_SESSION_BACKEND_FIRESTORE_COLLECTION", "my_sessions");
    String token = SessionTokens.newToken(new SecureRandom());
    try (FirestoreStateStore store = FirestoreConnections.fromConfig(config, clock,
        Map.of("FIRESTORE_EMULATOR_HOST", emulator.hostPort()), NO_CREDENTIALS)) {
      store.create(token, new byte[] {1}, clock.instant().plus(Duration.ofMinutes(10)));
      assertEquals(AcquireResult.Status.GRANTED, store.tryAcquire(token, Duration.ofSeconds(30)).status());
    }
    try (Firestore raw = FirestoreConnections.emulator(emulator.hostPort(), emulator.projectId()).getService()) {
      assertTrue(raw.collection("my_sessions").document(token).get().get().exists());
    }
  }

  @Test
  void anUnreachableFirestoreStopsStartUp() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    MesopConfig config = config("MESOPJ_FIRESTORE_PROJECT", "demo-test");
    ConfigException e = assertThrows(ConfigException.class, () -> FirestoreConnections.fromConfig(config, clock,
        Map.of("FIRESTORE_EMULATOR_HOST", "127.0.0.1:" + closedPort), NO_CREDENTIALS));
    assertTrue(e.getMessage().contains("FIRESTORE_EMULATOR_HOST") && e.getMessage().contains("emulator running"),
        e.getMessage());
  }

  @Test
  void missingCredentialsSayWhatToDo() {
    MesopConfig config = config("MESOPJ_FIRESTORE_PROJECT", "some-project");
    ConfigException e = assertThrows(ConfigException.class,
        () -> FirestoreConnections.fromConfig(config, clock, Map.of(), NO_CREDENTIALS));
    assertTrue(e.getMessage().contains("gcloud auth application-default login")
        && e.getMessage().contains("GOOGLE_APPLICATION_CREDENTIALS"), e.getMessage());
  }

  @Test
  void anInvalidCollectionNamesTheSetting() {
    MesopConfig config = config("MESOP_STATE_SESSION_BACKEND_FIRESTORE_COLLECTION", "a/b");
    ConfigException e = assertThrows(ConfigException.class,
        () -> FirestoreConnections.fromConfig(config, clock, Map.of(), NO_CREDENTIALS));
    assertTrue(e.getMessage().contains("MESOP_STATE_SESSION_BACKEND_FIRESTORE_COLLECTION"), e.getMessage());
  }

  @Test
  void aStateLimitBeyondWhatTheStoreHoldsIsRefused() {
    MesopConfig config = config("MESOPJ_MAX_STATE_BYTES", "64MB");
    ConfigException e = assertThrows(ConfigException.class,
        () -> FirestoreConnections.fromConfig(config, clock, Map.of(), NO_CREDENTIALS));
    assertTrue(e.getMessage().contains("MESOPJ_MAX_STATE_BYTES"), e.getMessage());
  }
}
