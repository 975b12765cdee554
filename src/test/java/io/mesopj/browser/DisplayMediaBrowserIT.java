package io.mesopj.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.mesopj.browser.DisplayTextBrowserIT.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/** The gallery's media components: image, video, audio, embed, plot. */
class DisplayMediaBrowserIT extends BrowserTestBase {
  /** Resolves with the image's natural width once it has loaded. */
  static final String LOADED_WIDTH = "img => img.complete && img.naturalWidth ? img.naturalWidth"
      + " : new Promise((ok, fail) => { img.addEventListener('load', () => ok(img.naturalWidth));"
      + " img.addEventListener('error', () => fail(new Error('image failed: ' + img.src))); })";
  /** Resolves with the media element's duration once its metadata has loaded. */
  static final String DURATION = "m => m.readyState >= 1 ? m.duration"
      + " : new Promise((ok, fail) => { m.addEventListener('loadedmetadata', () => ok(m.duration));"
      + " m.addEventListener('error', () => fail(new Error('media failed: ' + (m.error && m.error.message)))); })";

  @Test
  void imagesShowBytesThroughABlobUrlAndUrlsAsGiven() {
    page.open("/gallery");
    Locator bytes = page.key("image-bytes").locator("img");
    assertThat(bytes).hasAttribute("src", java.util.regex.Pattern.compile("^blob:"));
    assertThat(bytes).hasAttribute("alt", "A purple gradient with circles");
    assertEquals(320.0, number(bytes.evaluate(LOADED_WIDTH)), "the PNG the server made, decoded");
    assertEquals(320.0, bytes.boundingBox().width, 0.5, "shown at its size(320, 200)");
    assertEquals(200.0, bytes.boundingBox().height, 0.5);
    Locator url = page.key("image-url").locator("img");
    assertThat(url).hasAttribute("src", java.util.regex.Pattern.compile("^data:image/svg\\+xml,"));
    assertThat(url).hasAttribute("alt", "A simple avatar");
    assertEquals(200.0, number(url.evaluate(LOADED_WIDTH)));
    assertEquals(120.0, url.boundingBox().width, 0.5);
    page.assertNoProblems();
  }

  @Test
  void videoFromBytesLoadsAndPlays() {
    page.open("/gallery");
    Locator video = page.key("video-demo").locator("video");
    assertThat(video).hasAttribute("src", java.util.regex.Pattern.compile("^blob:"));
    assertEquals(4.0, number(video.evaluate(DURATION)), 0.2, "the 4-second test pattern");
    assertThat(video).hasJSProperty("muted", true);
    assertThat(video).hasJSProperty("loop", true);
    assertThat(video).hasJSProperty("controls", true);
    assertEquals(320.0, number(video.evaluate("v => v.videoWidth")));
    video.evaluate("v => v.play()"); // muted, so allowed without a gesture
    page.page().waitForCondition(() -> number(video.evaluate("v => v.currentTime")) > 0.2);
    page.assertNoProblems();
  }

  @Test
  void audioFromBytesLoads() {
    page.open("/gallery");
    Locator audio = page.key("audio-demo").locator("audio");
    assertThat(audio).hasAttribute("src", java.util.regex.Pattern.compile("^blob:"));
    assertEquals(0.7, number(audio.evaluate(DURATION)), 0.05, "the WAV chime the server made");
    assertThat(audio).hasJSProperty("controls", true);
    assertThat(audio).hasJSProperty("autoplay", false);
    page.assertNoProblems();
  }

  @Test
  void embedShowsAnotherPageInASandboxedFrameThatWorks() {
    page.open("/gallery");
    Locator iframe = page.key("embed-demo").locator("iframe");
    assertThat(iframe).hasAttribute("src", "/counter");
    assertThat(iframe).hasAttribute("sandbox", "allow-same-origin allow-scripts allow-forms allow-popups"
        + " allow-popups-to-escape-sandbox allow-storage-access-by-user-activation"); // Mesop's attributes
    FrameLocator frame = iframe.contentFrame();
    assertThat(frame.locator("[data-key=count]")).hasText("Count: 0");
    frame.locator("[data-key=add] button").click();
    assertThat(frame.locator("[data-key=count]")).hasText("Count: 1");
    assertEquals(300.0, iframe.boundingBox().height, 1.0, "sized by the app's style");
    page.assertNoProblems();
  }

  @Test
  void plotsShowAJFreeChartPngAndAnSvgAsImages() {
    page.open("/gallery");
    Locator chart = page.key("plot-jfreechart").locator("img");
    assertThat(chart).hasAttribute("src", java.util.regex.Pattern.compile("^blob:"));
    assertThat(chart).hasAttribute("alt", "Mean temperature (°C)");
    assertEquals(960.0, number(chart.evaluate(LOADED_WIDTH)), "drawn at twice its size, for sharp screens");
    assertEquals(480.0, chart.boundingBox().width, 0.5);
    assertEquals(280.0, chart.boundingBox().height, 0.5);
    Locator svg = page.key("plot-svg").locator("img");
    assertThat(svg).hasAttribute("alt", "Temperature sparkline");
    assertEquals(240.0, number(svg.evaluate(LOADED_WIDTH)));
    assertTrue(((String) svg.evaluate("img => img.src")).startsWith("blob:"));
    page.assertNoProblems();
  }
}
