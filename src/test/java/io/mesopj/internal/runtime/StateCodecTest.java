package io.mesopj.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mesopj.api.MesopException;
import io.mesopj.protocol.internal.StateEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateCodecTest {
  enum Mood { HAPPY, SAD }

  static final class Item {
    String name;
    int qty;
  }

  record Point(int x, int y) {}

  static final class Everything {
    int count = 7;
    String title = "default title";
    List<Item> items = new ArrayList<>();
    Map<String, Integer> scores = new LinkedHashMap<>();
    Mood mood = Mood.HAPPY;
    Instant at;
    LocalDate day;
    LocalDateTime local;
    ZonedDateTime zoned;
    Duration took;
    byte[] blob;
    Point point;
  }

  static final class NoDefaultConstructor {
    final int x;

    NoDefaultConstructor(int x) {
      this.x = x;
    }
  }

  private final StateCodec codec = new StateCodec();

  @Test
  void roundTripsNestedCollectionsEnumsTimeAndBytes() {
    Everything e = codec.newInstance(Everything.class);
    Item item = new Item();
    item.name = "pen";
    item.qty = 3;
    e.items.add(item);
    e.scores.put("ann", 10);
    e.mood = Mood.SAD;
    e.at = Instant.parse("2026-01-02T03:04:05.678Z");
    e.day = LocalDate.of(2026, 2, 3);
    e.local = LocalDateTime.of(2026, 2, 3, 4, 5);
    e.zoned = ZonedDateTime.parse("2026-02-03T04:05:06+01:00[Europe/Paris]");
    e.took = Duration.ofMillis(1500);
    e.blob = new byte[] {0, 1, 2, (byte) 255};
    e.point = new Point(1, 2);

    String json = codec.toJson(e);
    assertTrue(json.contains("\"2026-01-02T03:04:05.678Z\""), json);
    Everything back = codec.fromJson(json, Everything.class);
    assertEquals("pen", back.items.get(0).name);
    assertEquals(3, back.items.get(0).qty);
    assertEquals(10, back.scores.get("ann"));
    assertEquals(Mood.SAD, back.mood);
    assertEquals(e.at, back.at);
    assertEquals(e.day, back.day);
    assertEquals(e.local, back.local);
    assertEquals(e.zoned, back.zoned);
    assertEquals(e.took, back.took);
    assertArrayEquals(e.blob, back.blob);
    assertEquals(new Point(1, 2), back.point);
  }

  @Test
  void missingFieldsKeepTheirDefaults() {
    Everything back = codec.fromJson("{\"count\": 3}", Everything.class);
    assertEquals(3, back.count);
    assertEquals("default title", back.title);
    assertEquals(Mood.HAPPY, back.mood);
    assertTrue(back.items.isEmpty());
  }

  @Test
  void newSessionsGetDefaults() {
    assertEquals(7, codec.newInstance(Everything.class).count);
    assertEquals(new Point(0, 0), codec.newInstance(Point.class));
  }

  @Test
  void classWithoutNoArgConstructorIsAClearError() {
    MesopException e = assertThrows(MesopException.class, () -> codec.newInstance(NoDefaultConstructor.class));
    assertTrue(e.getMessage().contains("no-argument constructor"), e.getMessage());
  }

  @Test
  void storedStateThatNoLongerFitsIsAClearError() {
    MesopException e = assertThrows(MesopException.class,
        () -> codec.fromJson("{\"count\": \"not a number\"}", Everything.class));
    assertTrue(e.getMessage().contains(Everything.class.getName()), e.getMessage());
  }

  @Test
  void stateSetKeepsUnusedClassesAndWritesChangedOnes() {
    List<StateEntry> stored = List.of(
        StateEntry.newBuilder().setClassName("some.Other").setJson("{\"a\":1}").build(),
        StateEntry.newBuilder().setClassName(Item.class.getName()).setJson("{\"name\":\"x\",\"qty\":1}").build());
    StateSet set = new StateSet(codec, stored);
    set.get(Item.class).qty = 5;
    List<StateEntry> out = set.toEntries();
    assertEquals("{\"a\":1}", out.get(0).getJson());
    assertEquals("{\"name\":\"x\",\"qty\":5}", out.get(1).getJson());
    assertTrue(set.get(Item.class) == set.get(Item.class), "one instance per request");
  }
}
