package io.mesopj.browser;

import io.mesopj.testsupport.WarServer;
import java.util.Map;

/** Which container, context path and settings a test class wants; classes with equal specs share a server. */
record ServerSpec(WarServer.Kind kind, String contextPath, Map<String, String> settings) {
  /** State larger than this fails the request with a 500, which the error panel tests provoke. */
  static final String STATE_LIMIT = "16KB";

  /**
   * Jetty at the root with the default store (none: state sealed in the browser), production
   * mode, and a state size limit low enough for a test to exceed but far above what the demo
   * flows keep.
   */
  static ServerSpec jettyDefault() {
    return new ServerSpec(WarServer.Kind.JETTY, "", Map.of("MESOPJ_MAX_STATE_BYTES", STATE_LIMIT));
  }

  ServerSpec with(String setting, String value) {
    Map<String, String> all = new java.util.HashMap<>(settings);
    all.put(setting, value);
    return new ServerSpec(kind, contextPath, Map.copyOf(all));
  }

  WarServer start() {
    return WarServer.start(kind, contextPath, settings);
  }
}
