package io.mesopj.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mesopj.protocol.UserEvent;
import org.junit.jupiter.api.Test;

/** Payload parsing of the display events, and the checks on media the app hands over. */
class DisplayEventsAndChecksTest {
  @Test
  void animationEndCarriesTheValue() {
    assertEquals(60.0, new ProgressBarAnimationEndEvent(null, UserEvent.newBuilder().setDoubleValue(60).build())
        .value());
  }

  @Test
  void animationEndRefusesOtherPayloadsAndValuesOutOfRange() {
    assertThrows(IllegalArgumentException.class,
        () -> new ProgressBarAnimationEndEvent(null, UserEvent.newBuilder().setBoolValue(true).build()));
    assertThrows(IllegalArgumentException.class,
        () -> new ProgressBarAnimationEndEvent(null, UserEvent.newBuilder().setDoubleValue(101).build()));
    assertThrows(IllegalArgumentException.class,
        () -> new ProgressBarAnimationEndEvent(null, UserEvent.newBuilder().setDoubleValue(Double.NaN).build()));
  }

  @Test
  void mediaBytesNeedAMatchingMimeType() {
    assertEquals("image/png", MediaTypes.require(" Image/PNG ", "image", "ui.image"));
    assertEquals("audio/ogg; codecs=opus", MediaTypes.require("audio/ogg; codecs=opus", "audio", "ui.audio"));
    MesopException e = assertThrows(MesopException.class, () -> MediaTypes.require("text/html", "image", "ui.image"));
    assertEquals("ui.image needs a image/* MIME type for its bytes, e.g. image/png, got 'text/html'",
        e.getMessage());
    assertThrows(MesopException.class, () -> MediaTypes.require(null, "video", "ui.video"));
    assertThrows(MesopException.class, () -> MediaTypes.require("video", "video", "ui.video"));
  }

  @Test
  void plotsCheckWhatTheyAreGiven() {
    MesopException notSvg = assertThrows(MesopException.class, () -> Plots.svg(null, "<div>chart</div>"));
    assertTrue(notSvg.getMessage().startsWith("ui.plot(svg) needs an SVG document"), notSvg.getMessage());
    assertThrows(MesopException.class, () -> Plots.svg(null, null));
    MesopException notPng = assertThrows(MesopException.class, () -> Plots.png(null, new byte[] {'G', 'I', 'F',
        '8', '9', 'a', 0, 0, 0}));
    assertTrue(notPng.getMessage().contains("for SVG use ui.plot(String)"), notPng.getMessage());
    assertThrows(MesopException.class, () -> Plots.png(null, new byte[3]));
  }
}
