package io.mesopj.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Gallery: input of every type and its events, textareas with rows, autosize and shortcuts, native textarea. */
class InputsTextBrowserIT extends BrowserTestBase {
  private static final Map<String, String> TYPED = Map.of("text", "Ada Lovelace", "password", "s3cret!",
      "email", "ada@example.com", "number", "42.5", "tel", "+44 20 7946 0000", "url", "https://example.com/x",
      "search", "analytical engine");
  private static final Map<String, String> FILLED = Map.of("date", "2024-10-15", "time", "13:45",
      "datetime-local", "2024-10-15T13:45", "month", "2024-10", "week", "2024-W42", "color", "#ff8800");

  @Test
  void everyInputTypeSendsWhatWasEntered() {
    page.open("/gallery");
    TYPED.forEach((type, value) -> {
      assertThat(field(type)).hasAttribute("type", type);
      page.type("input-" + type, value);
    });
    // Date, time and colour inputs are segmented or pickers: set them as the picker would.
    FILLED.forEach((type, value) -> {
      assertThat(field(type)).hasAttribute("type", type);
      field(type).fill(value);
    });
    TYPED.forEach((type, value) -> assertThat(page.key("input-value-" + type)).hasText(value));
    FILLED.forEach((type, value) -> assertThat(page.key("input-value-" + type)).hasText(value));
    // Their label floats above the browser's own "mm/dd/yyyy" instead of covering it.
    assertThat(page.key("input-date").locator("md-filled-field")).hasJSProperty("populated", true);
    page.assertNoProblems();
  }

  @Test
  void onInputOnBlurAndOnEnterEachGetTheText() {
    page.open("/gallery");
    page.type("input-events", "hello");
    assertThat(page.key("input-on-input")).hasText("onInput: hello");
    assertThat(page.key("input-on-enter")).hasText("onEnter:");
    page.field("input-events").press("Enter");
    assertThat(page.key("input-on-enter")).hasText("onEnter: hello");
    assertThat(page.key("input-on-blur")).hasText("onBlur:");

    page.field("input-events").pressSequentially(" world");
    page.field("input-events").press("Tab"); // leaves the field at once: the pending text goes first
    assertThat(page.key("input-on-blur")).hasText("onBlur: hello world");
    assertThat(page.key("input-on-input")).hasText("onInput: hello world");
    assertThat(page.key("input-on-enter")).hasText("onEnter: hello");
    page.assertNoProblems();
  }

  @Test
  void looksAndStates() {
    page.open("/gallery");
    assertThat(page.key("input-filled").locator("md-filled-text-field")).hasCount(1);
    assertThat(page.key("input-outlined").locator("md-outlined-text-field")).hasCount(1);
    assertThat(page.field("input-filled")).hasAttribute("placeholder", "A placeholder");
    assertThat(page.field("input-required")).hasAttribute("required", "");
    assertThat(page.field("input-disabled")).isDisabled();
    assertThat(page.field("input-disabled")).hasValue("Can't touch this");
    Locator readonly = page.field("input-readonly");
    assertThat(readonly).not().isEditable();
    readonly.click();
    page.page().keyboard().type("xyz");
    assertThat(readonly).hasValue("Read, don't write");
    page.assertNoProblems();
  }

  @Test
  void textareaRowsAndAutosize() {
    page.open("/gallery");
    assertThat(page.field("textarea-rows")).hasAttribute("rows", "3");
    Locator grows = page.key("textarea-autosize").locator("md-filled-text-field");
    assertThat(grows).hasJSProperty("rows", 2);
    page.type("textarea-autosize", "1\n2\n3\n4");
    assertThat(grows).hasJSProperty("rows", 4);
    page.type("textarea-autosize", "\n5\n6\n7\n8\n9");
    assertThat(grows).hasJSProperty("rows", 6); // the maximum; it scrolls from here
    assertThat(page.key("textarea-autosize-received")).hasText("onInput: 17 characters");
    page.assertNoProblems();
  }

  @Test
  void shortcutsReachTheirHandlerWithTheFieldsValue() {
    page.open("/gallery");
    Locator field = page.field("textarea-shortcuts");
    page.type("textarea-shortcuts", "hi");
    field.press("Enter"); // registered: submits instead of adding a line
    assertThat(page.key("textarea-submitted")).hasText("Submitted: hi");
    assertThat(field).hasValue(""); // the handler cleared the draft

    field.pressSequentially("line one");
    field.press("Shift+Enter"); // not registered: a new line as usual
    field.pressSequentially("line two");
    String text = "line one\nline two";
    assertThat(field).hasValue(text);
    for (String[] combo : new String[][] {{"Control+Enter", "Ctrl+Enter"}, {"Alt+Enter", "Alt+Enter"},
        {"Meta+Enter", "Meta+Enter"}, {"Control+Shift+Enter", "Ctrl+Shift+Enter"}, {"Escape", "Escape"}}) {
      field.press(combo[0]);
      assertThat(page.key("textarea-shortcut")).hasText("Shortcut: " + combo[1] + " with \"" + text + "\"");
      assertThat(field).hasValue(text); // a shortcut never types into the field
    }
    field.press("Enter");
    assertThat(page.key("textarea-submitted")).containsText("line two");
    assertEquals("Submitted: " + text, page.key("textarea-submitted").textContent());
    assertThat(field).hasValue("");
    page.assertNoProblems();
  }

  @Test
  void nativeTextareaIsABareTextareaStyledByTheApp() {
    page.open("/gallery");
    Locator host = page.key("native-textarea");
    Locator textarea = host.locator("textarea");
    assertThat(host.locator("md-filled-text-field, md-outlined-text-field")).hasCount(0);
    assertThat(textarea).hasAttribute("placeholder", "Native textarea: no frame, styled by the app");
    assertEquals("16px", host.evaluate("el => getComputedStyle(el).borderTopLeftRadius"));
    assertEquals("0px", textarea.evaluate("el => getComputedStyle(el).borderTopWidth"));
    assertThat(textarea).hasAttribute("rows", "2");

    textarea.pressSequentially("first");
    textarea.press("Shift+Enter");
    textarea.pressSequentially("second");
    textarea.press("Tab");
    assertThat(page.key("native-received")).containsText("onBlur: first second");
    assertTrue(page.key("native-received").textContent().startsWith("onBlur: first\nsecond"));

    textarea.focus();
    textarea.press("Control+End");
    for (String line : new String[] {"3", "4"}) {
      textarea.press("Shift+Enter"); // plain Enter is this textarea's submit shortcut
      textarea.pressSequentially(line);
    }
    assertThat(textarea).hasJSProperty("rows", 4); // autosize grows the plain textarea too
    textarea.press("Enter");
    assertThat(page.key("native-received")).containsText("Submitted: first second 3 4");
    assertThat(textarea).hasValue("");
    page.assertNoProblems();
  }

  @Test
  void autocompleteFiltersPicksAndTakesFreeText() {
    page.open("/gallery");
    Locator input = page.key("autocomplete").locator("input");
    assertThat(input).hasValue("California");
    assertThat(input).hasAttribute("role", "combobox");

    input.fill("A");
    Locator options = page.key("autocomplete").getByRole(com.microsoft.playwright.options.AriaRole.OPTION);
    assertThat(options.getByText("Arizona", new Locator.GetByTextOptions().setExact(true))).isVisible();
    input.fill("Al");
    assertThat(options).hasText(new String[] {"Alabama", "Alaska", "California"}); // substring, any case
    assertThat(page.key("autocomplete").locator(".group-label")).hasText(new String[] {"A", "C"});
    page.key("autocomplete").getByText("Alaska").click();
    assertThat(page.key("autocomplete-selected")).hasText("Selected: Alaska");
    assertThat(input).hasValue("Alaska");
    assertThat(options).hasCount(0); // closed after the pick
    assertThat(page.key("autocomplete-typed")).hasText("Typed: Al"); // onInput got the typed text

    input.fill("CALI");
    page.key("autocomplete").getByText("California").click();
    assertThat(page.key("autocomplete-selected")).hasText("Selected: California");

    input.fill("Penn");
    input.press("ArrowDown");
    assertThat(input).hasAttribute("aria-activedescendant", "option-0");
    input.press("Enter");
    assertThat(page.key("autocomplete-selected")).hasText("Selected: Pennsylvania");
    assertThat(input).hasValue("Pennsylvania");

    input.fill("Atlantis");
    assertThat(options).hasCount(0);
    input.press("Enter"); // no suggestion: free text goes to onEnter
    assertThat(page.key("autocomplete-selected")).hasText("Selected: Atlantis");
    page.screenshots("inputs-text");
    page.assertNoProblems();
  }

  private Locator field(String type) {
    return page.field("input-" + type);
  }
}
