package io.mesopj.testsupport;

import java.util.Map;

/** Settings every cluster test node shares. */
public final class ClusterSettings {
  /** Mixed containers, as a rolling migration might run them. */
  public static final WarServer.Kind[] KINDS = {WarServer.Kind.JETTY, WarServer.Kind.TOMCAT, WarServer.Kind.JETTY};

  private ClusterSettings() {}

  /**
   * A short lease, so the sessions of a crashed node are free again within seconds; a session
   * wait shorter than the client's patience, so a starved request comes back as a retryable 503
   * instead of hanging.
   */
  public static Map<String, String> common() {
    return Map.of(
        "MESOPJ_LEASE_TIME", "3s",
        "MESOPJ_SESSION_WAIT", "10s");
  }
}
