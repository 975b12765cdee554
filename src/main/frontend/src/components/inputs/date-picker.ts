// `date_picker`: the browser's date input (typing and its calendar) in a
// Material field frame. A complete, valid date goes to on_change as ISO
// yyyy-mm-dd (string_value); an incomplete or out-of-range one is not sent
// and marks the field as in error.
import { css, html, nothing } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { DatePickerProps } from '../../../gen/mesopj/components/date_picker_pb';
import { DatePickerPropsSchema } from '../../../gen/mesopj/components/date_picker_pb';
import { MesopjElement, delegatingShadowRoot } from '../base';
import { frameStyles, frameTag } from './field-frame';

export class MesopjDatePicker extends MesopjElement<typeof DatePickerPropsSchema> {
  static override shadowRootOptions = delegatingShadowRoot;

  static override styles = [
    frameStyles,
    css`
      :host {
        display: inline-block;
        vertical-align: middle;
        min-width: 180px;
      }
    `,
  ];

  private focused = false;
  private error = false;
  // Written to the input only when the server changed the date (see slider.ts).
  private valueToShow: string | undefined;

  constructor() {
    super(DatePickerPropsSchema);
  }

  private get input(): HTMLInputElement | null {
    return this.renderRoot?.querySelector('input') ?? null;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (!changed.has('props')) return;
    const prev = changed.get('props') as DatePickerProps | undefined;
    if (!prev || prev.value !== this.props.value) this.valueToShow = this.props.value;
  }

  protected override updated(): void {
    const input = this.input;
    if (input && this.valueToShow !== undefined) {
      input.value = this.valueToShow;
      this.valueToShow = undefined;
      this.setError(false);
    }
  }

  private setError(error: boolean): void {
    if (this.error === error) return;
    this.error = error;
    this.requestUpdate();
  }

  private onChange(): void {
    const input = this.input;
    if (!input) return;
    // The browser empties value until the date is complete and real (no 31 February).
    const valid = input.value !== '' && input.validity.valid;
    this.setError(!valid && (input.value !== '' || input.validity.badInput));
    if (valid) this.emit(this.props.onChange, { case: 'stringValue', value: input.value });
  }

  private setFocused(focused: boolean): void {
    this.focused = focused;
    this.requestUpdate();
  }

  protected override render() {
    const p = this.props;
    const tag = frameTag(p.appearance);
    return staticHtml`<${tag}
      class="frame"
      label=${p.label}
      populated
      .focused=${this.focused}
      .error=${this.error}
      ?disabled=${p.disabled}
      ?required=${p.required}
      supporting-text=${p.hint}
      @focusin=${() => this.setFocused(true)}
      @focusout=${() => this.setFocused(false)}
      >${html`<input
        type="date"
        aria-label=${p.label || nothing}
        min=${p.min || nothing}
        max=${p.max || nothing}
        ?disabled=${p.disabled}
        ?readonly=${p.readonly}
        ?required=${p.required}
        @change=${this.onChange}
      />`}</${tag}>`;
  }
}
