// `date_range_picker`: start and end date inputs in one Material field frame.
// Once both are complete, valid dates and the start is not after the end, the
// pair goes to on_change as a date_range payload (ISO yyyy-mm-dd); otherwise
// nothing is sent and the field shows an error.
import { create } from '@bufbuild/protobuf';
import { css, html, nothing } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { DateRangePickerProps } from '../../../gen/mesopj/components/date_range_picker_pb';
import { DateRangePickerPropsSchema } from '../../../gen/mesopj/components/date_range_picker_pb';
import { DateRangePayloadSchema } from '../../../gen/mesopj/ui_pb';
import { MesopjElement, delegatingShadowRoot } from '../base';
import { frameStyles, frameTag } from './field-frame';

export class MesopjDateRangePicker extends MesopjElement<typeof DateRangePickerPropsSchema> {
  static override shadowRootOptions = delegatingShadowRoot;

  static override styles = [
    frameStyles,
    css`
      :host {
        display: inline-block;
        vertical-align: middle;
        min-width: 240px;
      }
      /* Side by side where there is room; the end date wraps under the start on a phone. */
      .range {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 4px 8px;
      }
      .range input {
        flex: 1 0 130px;
      }
      .separator {
        color: var(--md-sys-color-on-surface-variant);
      }
    `,
  ];

  private focused = false;
  private error = false;
  private startToShow: string | undefined;
  private endToShow: string | undefined;

  constructor() {
    super(DateRangePickerPropsSchema);
  }

  private input(which: 'start' | 'end'): HTMLInputElement | null {
    return this.renderRoot?.querySelector(`input.${which}`) ?? null;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (!changed.has('props')) return;
    const prev = changed.get('props') as DateRangePickerProps | undefined;
    const p = this.props;
    if (!prev || prev.start !== p.start) this.startToShow = p.start;
    if (!prev || prev.end !== p.end) this.endToShow = p.end;
  }

  protected override updated(): void {
    const start = this.input('start');
    const end = this.input('end');
    if (start && this.startToShow !== undefined) start.value = this.startToShow;
    if (end && this.endToShow !== undefined) end.value = this.endToShow;
    if (this.startToShow !== undefined || this.endToShow !== undefined) {
      this.startToShow = this.endToShow = undefined;
      this.setError(false);
    }
  }

  private setError(error: boolean): void {
    if (this.error === error) return;
    this.error = error;
    this.requestUpdate();
  }

  private onChange(): void {
    const start = this.input('start');
    const end = this.input('end');
    if (!start || !end) return;
    const bad = (i: HTMLInputElement) => i.validity.badInput || (i.value !== '' && !i.validity.valid);
    // ISO dates compare correctly as strings.
    const reversed = start.value !== '' && end.value !== '' && start.value > end.value;
    this.setError(bad(start) || bad(end) || reversed);
    if (this.error || start.value === '' || end.value === '') return;
    const range = create(DateRangePayloadSchema, { start: start.value, end: end.value });
    this.emit(this.props.onChange, { case: 'dateRange', value: range });
  }

  private setFocused(focused: boolean): void {
    this.focused = focused;
    this.requestUpdate();
  }

  protected override render() {
    const p = this.props;
    const tag = frameTag(p.appearance);
    const label = p.label || 'Date range';
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
      >${html`<div class="range" role="group" aria-label=${label}>
        <input
          class="start"
          type="date"
          aria-label="${label}: start"
          min=${p.min || nothing}
          max=${p.max || nothing}
          ?disabled=${p.disabled}
          ?readonly=${p.readonly}
          ?required=${p.required}
          @change=${this.onChange}
        />
        <span class="separator" aria-hidden="true">–</span>
        <input
          class="end"
          type="date"
          aria-label="${label}: end"
          min=${p.min || nothing}
          max=${p.max || nothing}
          ?disabled=${p.disabled}
          ?readonly=${p.readonly}
          ?required=${p.required}
          @change=${this.onChange}
        />
      </div>`}</${tag}>`;
  }
}
