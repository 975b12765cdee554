package io.mesopj.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import io.mesopj.protocol.DateRangePayload;
import io.mesopj.protocol.components.DatePickerProps;
import io.mesopj.protocol.components.DateRangePickerProps;
import io.mesopj.testsupport.PageSession;
import io.mesopj.testsupport.UiClient;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Gallery: date picker and date range picker; the server refuses dates that are not dates. */
class InputsDateBrowserIT extends BrowserTestBase {

  @Test
  void datePickerSendsALocalDate() {
    page.open("/gallery");
    Locator date = page.key("date-picker").locator("input");
    assertThat(date).hasAttribute("type", "date");
    assertThat(date).hasValue("2024-10-01");
    date.fill("2024-10-15"); // what picking the 15th in the calendar does
    assertThat(page.key("date-picker-received")).hasText("Selected date: 2024-10-15");

    // Typed key by key into the empty, outlined one: month, day, year.
    Locator deadline = page.key("date-picker-deadline").locator("input");
    assertThat(page.key("date-picker-deadline").locator("md-outlined-field")).hasCount(1);
    assertThat(page.key("date-picker-deadline").locator("md-outlined-field"))
        .hasAttribute("supporting-text", "Any day of 2025");
    deadline.focus(); // the month comes first
    page.page().keyboard().type("03152025");
    assertThat(page.key("date-picker-deadline-received")).hasText("Deadline: 2025-03-15");
    page.assertNoProblems();
  }

  @Test
  void aDateOutOfRangeIsNotSentAndMarksTheField() {
    page.open("/gallery");
    Locator deadline = page.key("date-picker-deadline").locator("input");
    assertThat(deadline).hasAttribute("min", "2025-01-01");
    assertThat(deadline).hasAttribute("max", "2025-12-31");
    deadline.fill("2024-06-01");
    Locator frame = page.key("date-picker-deadline").locator("md-outlined-field");
    assertThat(frame).hasJSProperty("error", true);
    deadline.fill("2025-06-01");
    assertThat(page.key("date-picker-deadline-received")).hasText("Deadline: 2025-06-01"); // only the valid one
    assertThat(frame).hasJSProperty("error", false);
    page.assertNoProblems();
  }

  @Test
  void dateRangePickerSendsBothEndsOnceTheyMakeARange() {
    page.open("/gallery");
    Locator start = page.key("date-range-picker").locator("input.start");
    Locator end = page.key("date-range-picker").locator("input.end");
    assertThat(start).hasValue("2024-10-01");
    assertThat(end).hasValue("2024-11-01");
    assertThat(start).hasAttribute("aria-label", "Trip: start");

    start.fill("2024-10-15");
    assertThat(page.key("date-range-received")).hasText("Start date: 2024-10-15, end date: 2024-11-01");
    end.fill("2024-10-10"); // before the start: not a range, not sent
    Locator frame = page.key("date-range-picker").locator("md-outlined-field");
    assertThat(frame).hasJSProperty("error", true);
    end.fill("2024-10-28");
    assertThat(page.key("date-range-received")).hasText("Start date: 2024-10-15, end date: 2024-10-28");
    assertThat(frame).hasJSProperty("error", false);
    page.screenshots("inputs-dates");
    page.assertNoProblems();
  }

  @Test
  void theServerRefusesWhatIsNotADateWithA400() throws Exception {
    UiClient client = new UiClient(URI.create(page.url("")));
    PageSession gallery = client.load("/gallery");
    String onDate = DatePickerProps.parseFrom(gallery.component("date-picker").getProps()).getOnChange();
    UiClient.Response r = gallery.send(gallery.event(onDate).setKey("date-picker").setStringValue("2024-02-30"));
    assertEquals(400, r.status());
    assertTrue(r.text().contains("the date is not a date of the form yyyy-mm-dd: \"2024-02-30\""), r.text());

    String onRange = DateRangePickerProps.parseFrom(gallery.component("date-range-picker").getProps()).getOnChange();
    r = gallery.send(gallery.event(onRange).setKey("date-range-picker")
        .setDateRange(DateRangePayload.newBuilder().setStart("2024-10-28").setEnd("2024-10-15")));
    assertEquals(400, r.status());
    assertTrue(r.text().contains("the start date 2024-10-28 is after the end date 2024-10-15"), r.text());

    r = gallery.send(gallery.event(onRange).setKey("date-range-picker")
        .setDateRange(DateRangePayload.newBuilder().setStart("2024-10-01").setEnd("")));
    assertEquals(400, r.status());
    assertTrue(r.text().contains("the end date is missing"), r.text());

    r = gallery.send(gallery.event(onDate).setKey("date-picker").setStringValue("2024-10-20")); // still works
    assertEquals(200, r.status());
    assertTrue(gallery.text("date-picker-received").contains("2024-10-20"));
  }
}
