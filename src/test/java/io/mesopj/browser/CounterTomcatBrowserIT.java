package io.mesopj.browser;

import io.mesopj.testsupport.WarServer;
import java.util.Map;

/** Counter on Tomcat 11, under a context path, with the default store (sealed client state). */
class CounterTomcatBrowserIT extends CounterFlows {
  @Override
  protected ServerSpec serverSpec() {
    return new ServerSpec(WarServer.Kind.TOMCAT, "/app", Map.of());
  }
}
