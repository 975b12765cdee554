package io.mesopj.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mesopj.protocol.ClickPayload;
import io.mesopj.protocol.UserEvent;
import org.junit.jupiter.api.Test;

/** Payload parsing of the layout components' events: what fits is read, what does not is a 400. */
class LayoutEventsTest {
  private final FakeEventContext ctx = new FakeEventContext();

  private static UserEvent.Builder event() {
    return UserEvent.newBuilder().setHandlerId("h").setKey("k");
  }

  @Test
  void tabChangeReadsTheIndex() {
    TabChangeEvent e = new TabChangeEvent(ctx, event().setIntValue(2).build());
    assertEquals(2, e.index());
    assertEquals("k", e.key());
  }

  @Test
  void tabChangeRefusesNegativeHugeOrMissingIndexes() {
    assertThrows(IllegalArgumentException.class, () -> new TabChangeEvent(ctx, event().setIntValue(-1).build()));
    assertThrows(IllegalArgumentException.class,
        () -> new TabChangeEvent(ctx, event().setIntValue(Integer.MAX_VALUE + 10L).build()));
    assertThrows(IllegalArgumentException.class, () -> new TabChangeEvent(ctx, event().setStringValue("1").build()));
    assertThrows(IllegalArgumentException.class, () -> new TabChangeEvent(ctx, event().build()));
  }

  @Test
  void toggleAndOpenedChangedReadABoolean() {
    assertTrue(new ExpansionPanelToggleEvent(ctx, event().setBoolValue(true).build()).opened());
    assertFalse(new SidenavOpenedChangedEvent(ctx, event().setBoolValue(false).build()).opened());
    assertThrows(IllegalArgumentException.class,
        () -> new ExpansionPanelToggleEvent(ctx, event().setIntValue(1).build()));
    assertThrows(IllegalArgumentException.class,
        () -> new SidenavOpenedChangedEvent(ctx, event().setClick(ClickPayload.getDefaultInstance()).build()));
  }

  @Test
  void dialogCloseTakesNoPayload() {
    assertEquals("k", new DialogCloseEvent(ctx, event().build()).key());
    assertThrows(IllegalArgumentException.class, () -> new DialogCloseEvent(ctx, event().setBoolValue(true).build()));
  }
}
