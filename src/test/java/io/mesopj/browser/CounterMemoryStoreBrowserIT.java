package io.mesopj.browser;

/** Counter on Jetty with the state kept in the server's memory store (the browser holds a token). */
class CounterMemoryStoreBrowserIT extends CounterFlows {
  @Override
  protected ServerSpec serverSpec() {
    return ServerSpec.jettyDefault().with("MESOP_STATE_SESSION_BACKEND", "memory");
  }

  @Override
  protected boolean serverKeepsState() {
    return true;
  }
}
