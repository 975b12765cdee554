package io.mesopj.browser;

import io.mesopj.testsupport.Browser;
import io.mesopj.testsupport.BrowserPage;
import io.mesopj.testsupport.WarServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh page (own browser context: no shared cookies or storage) per test, on a server and a
 * Chromium that are started once: deploying the WAR takes seconds, so test classes with the same
 * {@link ServerSpec} share one server, and all share one Chromium. Both are closed when the run
 * ends. Subclasses pick the server with {@link #serverSpec()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(BrowserTestBase.Shared.class)
abstract class BrowserTestBase {
  private WarServer server;
  private Browser browser;
  /** The page of the running test. */
  protected BrowserPage page;

  protected ServerSpec serverSpec() {
    return ServerSpec.jettyDefault();
  }

  @BeforeEach
  void newPage() {
    page = browser.newPage(server.base());
  }

  @AfterEach
  void closePage() {
    page.close();
  }

  /** Gives each test instance the run-wide Chromium and the server for its spec (AutoCloseable store values). */
  static final class Shared implements BeforeAllCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(Shared.class);

    @Override
    public void beforeAll(ExtensionContext context) {
      BrowserTestBase test = (BrowserTestBase) context.getRequiredTestInstance();
      ExtensionContext.Store store = context.getRoot().getStore(NS);
      ServerSpec spec = test.serverSpec();
      test.server = store.getOrComputeIfAbsent(spec, s -> spec.start(), WarServer.class);
      test.browser = store.getOrComputeIfAbsent(Browser.class, k -> Browser.launch(), Browser.class);
    }
  }
}
