package io.mesopj.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.protobuf.ByteString;
import io.mesopj.protocol.Command;
import io.mesopj.protocol.DateRangePayload;
import io.mesopj.protocol.StringList;
import io.mesopj.protocol.UploadPayload;
import io.mesopj.protocol.UserEvent;
import io.mesopj.internal.core.EventContext;
import io.mesopj.internal.core.UiException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The input components' events read their payloads, and refuse ones that do not fit. */
class InputEventsTest {
  private static final FakeEventContext CONTEXT = new FakeEventContext();

  static {
    CONTEXT.maxUploadBytes = 100;
  }

  private static UserEvent.Builder event() {
    return UserEvent.newBuilder().setKey("k");
  }

  private static String refusal(Runnable r) {
    return assertThrows(IllegalArgumentException.class, r::run).getMessage();
  }

  @Test
  void selectionValuesComeFromAStringListOrASingleString() {
    var e = new SelectionChangeEvent(CONTEXT, event().setStringList(StringList.newBuilder().addValues("a").addValues("b")).build());
    assertEquals(List.of("a", "b"), e.values());
    assertEquals("a", e.value());
    assertEquals("k", e.key());
    var single = new SelectionChangeEvent(CONTEXT, event().setStringValue("x").build());
    assertEquals(List.of("x"), single.values());
    var none = new ButtonToggleChangeEvent(CONTEXT, event().setStringList(StringList.getDefaultInstance()).build());
    assertEquals("", none.value());
    assertEquals("expected a list of values, got BOOL_VALUE",
        refusal(() -> new SelectionChangeEvent(CONTEXT, event().setBoolValue(true).build())));
  }

  @Test
  void sliderValuesMustBeFiniteNumbers() {
    assertEquals(2.5, new SliderValueChangeEvent(CONTEXT, event().setDoubleValue(2.5).build()).value());
    assertEquals(7, new SliderValueChangeEvent(CONTEXT, event().setIntValue(7).build()).value());
    assertEquals("expected a finite number, got NaN",
        refusal(() -> new SliderValueChangeEvent(CONTEXT, event().setDoubleValue(Double.NaN).build())));
    assertEquals("expected a number, got STRING_VALUE",
        refusal(() -> new SliderValueChangeEvent(CONTEXT, event().setStringValue("5").build())));
  }

  @Test
  void datesAreIsoCalendarDates() {
    assertEquals(LocalDate.of(2024, 2, 29), new DateChangeEvent(CONTEXT, event().setStringValue("2024-02-29").build()).date());
    assertEquals("the date is not a date of the form yyyy-mm-dd: \"2023-02-29\"",
        refusal(() -> new DateChangeEvent(CONTEXT, event().setStringValue("2023-02-29").build())));
    assertEquals("the date is not a date of the form yyyy-mm-dd: \"10/15/2024\"",
        refusal(() -> new DateChangeEvent(CONTEXT, event().setStringValue("10/15/2024").build())));
    assertEquals("the date is missing", refusal(() -> new DateChangeEvent(CONTEXT, event().setStringValue("").build())));
    String longJunk = "x".repeat(500);
    assertEquals(40 + "the date is not a date of the form yyyy-mm-dd: \"…\"".length(),
        refusal(() -> new DateChangeEvent(CONTEXT, event().setStringValue(longJunk).build())).length(),
        "a long value is clipped in the message");
  }

  @Test
  void aDateRangeNeedsTwoDatesInOrder() {
    var range = new DateRangeChangeEvent(CONTEXT, event().setDateRange(
        DateRangePayload.newBuilder().setStart("2024-10-01").setEnd("2024-10-01")).build());
    assertEquals(LocalDate.of(2024, 10, 1), range.start());
    assertEquals(range.start(), range.end());
    assertEquals("the start date 2024-10-02 is after the end date 2024-10-01", refusal(() -> new DateRangeChangeEvent(
        CONTEXT, event().setDateRange(DateRangePayload.newBuilder().setStart("2024-10-02").setEnd("2024-10-01")).build())));
    assertEquals("the end date is missing", refusal(() -> new DateRangeChangeEvent(
        CONTEXT, event().setDateRange(DateRangePayload.newBuilder().setStart("2024-10-02")).build())));
    assertEquals("expected a date range, got STRING_VALUE",
        refusal(() -> new DateRangeChangeEvent(CONTEXT, event().setStringValue("2024-10-02").build())));
  }

  @Test
  void uploadsCarryTheirFilesWithinTheLimit() {
    byte[] bytes = {1, 2, 3};
    var upload = new UploadEvent(CONTEXT, event().setUpload(UploadPayload.newBuilder()
        .addFiles(file("a.txt", "text/plain", bytes, 3)).addFiles(file("b", "", new byte[100], 100))).build());
    assertEquals(2, upload.files().size());
    UploadedFile a = upload.file();
    assertEquals("a.txt", a.name());
    assertEquals("text/plain", a.mimeType());
    assertEquals(3, a.size());
    assertArrayEquals(bytes, a.bytes());
    a.bytes()[0] = 9; // a copy: the file stays as uploaded
    assertArrayEquals(bytes, a.bytes());
    assertEquals(UploadedFile.of("a.txt", "text/plain", bytes), a);

    UiException tooBig = assertThrows(UiException.class, () -> new UploadEvent(CONTEXT,
        event().setUpload(UploadPayload.newBuilder().addFiles(file("big", "", new byte[101], 101))).build()));
    assertEquals(413, tooBig.status());
    assertEquals("The file big is 101 bytes, over the upload limit of 100 bytes.", tooBig.getMessage());
    assertEquals("file x says it has 5 bytes but carries 3", refusal(() -> new UploadEvent(CONTEXT,
        event().setUpload(UploadPayload.newBuilder().addFiles(file("x", "", bytes, 5))).build())));
    assertEquals("a file needs a name of 1 to 1024 characters", refusal(() -> new UploadEvent(CONTEXT,
        event().setUpload(UploadPayload.newBuilder().addFiles(file("", "", bytes, 3))).build())));
    assertEquals("no file was sent",
        refusal(() -> new UploadEvent(CONTEXT, event().setUpload(UploadPayload.getDefaultInstance()).build())));
    assertEquals("expected uploaded files, got BYTES_VALUE",
        refusal(() -> new UploadEvent(CONTEXT, event().setBytesValue(ByteString.copyFrom(bytes)).build())));
  }

  @Test
  void togglesAndChoicesReadTheirSimplePayloads() {
    assertEquals(true, new SlideToggleChangeEvent(CONTEXT, event().setBoolValue(true).build()).checked());
    assertEquals("m", new RadioChangeEvent(CONTEXT, event().setStringValue("m").build()).value());
    assertEquals(false, new SelectOpenedChangeEvent(CONTEXT, event().setBoolValue(false).build()).opened());
    assertEquals("Ohio", new AutocompleteSelectionChangeEvent(CONTEXT, event().setStringValue("Ohio").build()).value());
    assertEquals("expected true or false, got STRING_VALUE",
        refusal(() -> new SlideToggleChangeEvent(CONTEXT, event().setStringValue("on").build())));
  }

  @Test
  void optionsAreValuesWithLabels() {
    assertEquals(Option.of("x", "x"), Option.of("x"));
    assertEquals(true, Option.of("X", "x").disabled().isDisabled());
    assertThrows(NullPointerException.class, () -> Option.of("label", null));
    var group = OptionGroup.of("G", Option.of("a"), Option.of("b"));
    assertEquals(2, group.options().size());
    assertThrows(UnsupportedOperationException.class, () -> group.options().add(Option.of("c")));
  }

  private static io.mesopj.protocol.UploadedFile file(String name, String type, byte[] content, long size) {
    return io.mesopj.protocol.UploadedFile.newBuilder().setName(name).setMimeType(type).setSize(size)
        .setContent(ByteString.copyFrom(content)).build();
  }
}
