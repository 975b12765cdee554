package io.mesopj.container;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mesopj.testsupport.WarServer;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An invalid setting stops the deployment; the WAR does not half-start. */
class StartupErrorIT {
  @ParameterizedTest
  @EnumSource(WarServer.Kind.class)
  void anInvalidSettingFailsTheDeployment(WarServer.Kind kind) {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> WarServer.start(kind, "", Map.of("MESOPJ_SESSION_TTL", "forever")).close());
    assertTrue(e.getMessage().contains("failed"), e.getMessage());
  }
}
