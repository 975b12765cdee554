package io.mesopj.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One browser tab on the app, in its own context, with the steps tests share: open a page and
 * wait for the first render, find components by key, wait for the channel to be idle, check
 * that nothing went wrong (console errors, page errors, failed responses, CSP and Trusted
 * Types violations) and take screenshots.
 */
public final class BrowserPage implements AutoCloseable {
  public static final int DESKTOP_WIDTH = 1280;
  public static final int DESKTOP_HEIGHT = 800;
  public static final int PHONE_WIDTH = 390;
  public static final int PHONE_HEIGHT = 844;
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  // Pushes every securitypolicyviolation (CSP and Trusted Types) into a window array, and to the
  // test through an exposed function so that violations survive navigations. Also notes every
  // user event a component hands to the channel (capture phase: before <mesopj-app> takes it).
  private static final String RECORDERS = """
      (() => {
        const seen = (window.__mesopjViolations = []);
        document.addEventListener('securitypolicyviolation', (e) => {
          const v = e.effectiveDirective + ' blocked=' + (e.blockedURI || '-') + ' sample=' + (e.sample || '-')
              + ' at ' + (e.sourceFile || '-') + ':' + e.lineNumber;
          seen.push(v);
          if (window.__mesopjReportViolation) window.__mesopjReportViolation(v);
        }, true);
        const events = (window.__mesopjEvents = []);
        window.addEventListener('mesopj-event', (e) => {
          const p = e.detail.payload;
          events.push({ key: e.detail.key, kind: p.case || '', value: typeof p.value === 'object' ? null : p.value });
        }, true);
      })();
      """;

  private final URI base;
  private final BrowserContext context;
  private final Page page;
  private final List<String> problems = Collections.synchronizedList(new ArrayList<>());

  BrowserPage(com.microsoft.playwright.Browser chromium, URI base) {
    this.base = base;
    this.context = chromium.newContext(new NewContextOptions().setViewportSize(DESKTOP_WIDTH, DESKTOP_HEIGHT));
    context.setDefaultTimeout(20_000);
    context.exposeFunction("__mesopjReportViolation", args -> {
      problems.add("violation: " + args[0]);
      return null;
    });
    context.addInitScript(RECORDERS);
    this.page = context.newPage();
    page.onConsoleMessage(m -> {
      if ("error".equals(m.type())) {
        problems.add("console error: " + m.text() + " (" + m.location() + ")");
      }
    });
    page.onPageError(e -> problems.add("page error: " + e));
    page.onResponse(r -> {
      if (r.status() >= 400) {
        problems.add("HTTP " + r.status() + " " + r.request().method() + " " + r.url());
      }
    });
  }

  public Page page() {
    return page;
  }

  /** The app's URL for {@code path} (e.g. "/counter"). */
  public String url(String path) {
    return base + path;
  }

  /** Loads {@code path} and waits for the first render and for the channel to be idle. */
  public BrowserPage open(String path) {
    page.navigate(url(path));
    waitReady();
    return this;
  }

  /** Waits until the client has applied its first render and has nothing in flight. */
  public void waitReady() {
    page.waitForSelector("body[data-mesopj-ready='true']");
    waitIdle();
  }

  /** Waits until the channel has no request in flight or queued ({@code data-mesopj-busy=false}). */
  public void waitIdle() {
    page.waitForFunction("() => document.body.dataset.mesopjBusy === 'false'");
  }

  /** Render frames the client has applied so far (the first render counts as one). */
  public int frames() {
    Object n = page.evaluate("() => document.body.dataset.mesopjFrames || '0'");
    return Integer.parseInt(n.toString());
  }

  /** Waits until more than {@code frames} render frames have been applied. */
  public void waitFramesAbove(int frames) {
    page.waitForFunction("n => Number(document.body.dataset.mesopjFrames || 0) > n", frames);
  }

  /**
   * Waits until the component with this key has handed an event with this string value (typed
   * text) to the channel: the client's debounce has fired, the event is sent or queued.
   */
  public void waitForUserEvent(String key, String value) {
    page.waitForFunction("([k, v]) => window.__mesopjEvents.some(e => e.key === k && e.value === v)",
        List.of(key, value));
  }

  /** The component with this key. */
  public Locator key(String key) {
    return page.locator("[data-key=\"" + key + "\"]");
  }

  /** The native {@code <button>} inside a mesopj-button (Playwright sees its disabled state). */
  public Locator button(String key) {
    return key(key).locator("button");
  }

  /** The native input or textarea inside a mesopj-input. */
  public Locator field(String key) {
    return key(key).locator("input, textarea");
  }

  /** The error panel's card (present only while it shows an error). */
  public Locator errorPanel() {
    return page.locator("mesopj-error-panel .card");
  }

  /** Clicks a button as a person would and waits until its event has been handled. */
  public void click(String key) {
    button(key).click();
    waitIdle();
  }

  /** Types {@code text} key by key into a field ("\n" presses Enter). Does not wait for the server. */
  public void type(String key, String text) {
    field(key).pressSequentially(text);
  }

  /** Whether keyboard focus is inside the component with this key. */
  public boolean hasFocus(String key) {
    return (Boolean) key(key).evaluate("el => el.matches(':focus-within')");
  }

  /** Everything that went wrong in this page so far. */
  public List<String> problems() {
    // A round trip to the page delivers any violation reports still on their way.
    page.evaluate("() => (window.__mesopjViolations || []).length");
    synchronized (problems) {
      return List.copyOf(problems);
    }
  }

  /** Fails with the list if the page logged a console error, threw, got a 4xx/5xx or violated the CSP. */
  public void assertNoProblems() {
    assertEquals(List.of(), problems(), "console errors, page errors, failed responses or CSP/TT violations");
  }

  /**
   * Full-page screenshots at desktop and phone widths, as target/screenshots/{name}-desktop|phone.png;
   * fails if the page scrolls sideways at either width (something is wider than the screen).
   */
  public void screenshots(String name) {
    shoot(name + "-desktop", DESKTOP_WIDTH, DESKTOP_HEIGHT);
    String desktop = sidewaysOverflow();
    shoot(name + "-phone", PHONE_WIDTH, PHONE_HEIGHT);
    String phone = sidewaysOverflow();
    page.setViewportSize(DESKTOP_WIDTH, DESKTOP_HEIGHT);
    assertEquals("", desktop + phone, name + ": the page is wider than the screen");
  }

  /**
   * "" if the document is no wider than the viewport; else the width and the outermost elements
   * that stick out on the right (tag, mesopj key or class, right edge).
   */
  private String sidewaysOverflow() {
    return (String) page.evaluate("""
        () => {
          const width = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth <= width) return '';
          const out = [];
          const walk = (root) => {
            for (const el of root.querySelectorAll('*')) {
              const r = el.getBoundingClientRect();
              const parent = el.parentElement ? el.parentElement.getBoundingClientRect() : null;
              if (r.right > width + 1 && r.width > 0 && !(parent && parent.right > width + 1)) {
                out.push(el.tagName.toLowerCase() + (el.dataset.key ? '[key=' + el.dataset.key + ']' : '')
                    + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : '')
                    + ' right=' + Math.round(r.right));
              }
              if (el.shadowRoot) walk(el.shadowRoot);
            }
          };
          walk(document);
          return 'at ' + width + ' px the document is ' + document.documentElement.scrollWidth + ' px wide: '
              + out.slice(0, 8).join(', ') + '; ';
        }""");
  }

  private void shoot(String file, int width, int height) {
    page.setViewportSize(width, height);
    page.mouse().move(0, 0); // no hover highlight where the last click was
    // Let layout (and Lit updates triggered by the resize) settle before the picture.
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
    page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(file + ".png")));
  }

  @Override
  public void close() {
    context.close();
  }
}
