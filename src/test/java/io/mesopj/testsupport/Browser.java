package io.mesopj.testsupport;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Headless system Chromium driven by Playwright, for browser tests. One per test class: it is
 * slow to start. Each test takes a fresh {@link BrowserPage} (own context: no shared cookies or
 * storage) that records console errors, page errors, failed responses and CSP / Trusted Types
 * violations.
 */
public final class Browser implements AutoCloseable {
  /** Where CI and the build machines install Chromium (apt-get install chromium). */
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
      "--disable-background-networking");

  private final Playwright playwright;
  private final com.microsoft.playwright.Browser chromium;

  private Browser(Playwright playwright, com.microsoft.playwright.Browser chromium) {
    this.playwright = playwright;
    this.chromium = chromium;
  }

  /** Starts Playwright and launches {@link #CHROMIUM} headless; fails clearly if it is not installed. */
  public static Browser launch() {
    if (!Files.isExecutable(CHROMIUM)) {
      throw new IllegalStateException("Browser tests need Chromium at " + CHROMIUM
          + " (Debian: apt-get install chromium). Playwright's own browser download is not used.");
    }
    // Assertions poll the DOM; a shared 2-core machine can be slow, so give them room.
    PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    Playwright playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    try {
      return new Browser(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
          .setExecutablePath(CHROMIUM).setHeadless(true).setArgs(ARGS)));
    } catch (RuntimeException e) {
      playwright.close();
      throw e;
    }
  }

  /** A new page (own browser context) for the app at {@code base}, at desktop size. */
  public BrowserPage newPage(URI base) {
    return new BrowserPage(chromium, base);
  }

  @Override
  public void close() {
    try {
      chromium.close();
    } finally {
      playwright.close();
    }
  }
}
