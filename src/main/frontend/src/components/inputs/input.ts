// `input`: a Material 3 text field (single line or textarea). Typed text goes
// to on_input debounced; blur, Enter and shortcuts send at once (after any
// pending debounced text, see events.ts).
import { css, nothing } from 'lit';
import { html, literal } from 'lit/static-html.js';
import { create } from '@bufbuild/protobuf';
import '@material/web/textfield/filled-text-field.js';
import '@material/web/textfield/outlined-text-field.js';
import type { MdFilledTextField } from '@material/web/textfield/filled-text-field.js';
import type { InputProps } from '../../../gen/mesopj/components/input_pb';
import { InputPropsSchema } from '../../../gen/mesopj/components/input_pb';
import { KeyPayloadSchema } from '../../../gen/mesopj/ui_pb';
import { addPendingFlush } from '../../events';
import { MesopjElement, delegatingShadowRoot } from '../base';

const DEFAULT_DEBOUNCE_MS = 300;
type Field = MdFilledTextField; // both variants share the TextField API

export class MesopjInput extends MesopjElement<typeof InputPropsSchema> {
  static override shadowRootOptions = delegatingShadowRoot;

  static override styles = css`
    :host {
      display: inline-block;
      vertical-align: middle;
    }
    .field {
      width: 100%;
      --_space: calc(16px + var(--mesopj-density, 0) * 2px);
      --md-outlined-text-field-top-space: var(--_space);
      --md-outlined-text-field-bottom-space: var(--_space);
      --md-filled-text-field-top-space: var(--_space);
      --md-filled-text-field-bottom-space: var(--_space);
    }
  `;

  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private unregisterPending: (() => void) | undefined;
  private pendingValue = '';
  // Values this field sent that the server has not echoed back yet: an echo of
  // one of them is stale (the user may have typed more) and must not be shown.
  private unechoed: string[] = [];
  // Written to the field in updated(), only when the server really changed it.
  private valueToShow: string | undefined;

  constructor() {
    super(InputPropsSchema);
  }

  private get field(): Field | null {
    return this.renderRoot?.querySelector('.field') as Field | null;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (!changed.has('props')) return;
    const prev = changed.get('props') as InputProps | undefined;
    const p = this.props;
    if (prev && prev.value === p.value) return; // unchanged: keep what the user typed
    const echoed = this.unechoed.indexOf(p.value);
    if (echoed >= 0) {
      this.unechoed.splice(0, echoed + 1);
      return;
    }
    this.unechoed = [];
    if (this.debounceTimer !== undefined) return; // user is mid-typing; their text wins
    this.valueToShow = p.value;
  }

  protected override updated(): void {
    const field = this.field;
    if (!field) return;
    if (this.valueToShow !== undefined) {
      field.value = this.valueToShow;
      this.valueToShow = undefined;
      void this.autosize();
    }
  }

  /** Rows before autosizing; undefined leaves the text field's default (2). */
  private baseRows(): number | undefined {
    const p = this.props;
    if (p.autosize) return Math.max(p.minRows, 1);
    return p.rows > 0 ? p.rows : undefined;
  }

  private send(handlerId: string, value: string): void {
    if (!handlerId) return;
    if (this.unechoed[this.unechoed.length - 1] !== value) this.unechoed.push(value);
    this.emit(handlerId, { case: 'stringValue', value });
  }

  private onInput(): void {
    const field = this.field;
    if (!field) return;
    void this.autosize();
    if (!this.props.onInput) return;
    this.pendingValue = field.value;
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => this.flushInput(), this.props.debounceMs > 0 ? this.props.debounceMs : DEFAULT_DEBOUNCE_MS);
    this.unregisterPending ??= addPendingFlush(() => this.flushInput());
  }

  /** Sends the debounced on_input now, if one is waiting. */
  private flushInput(): void {
    if (this.debounceTimer === undefined) return;
    clearTimeout(this.debounceTimer);
    this.debounceTimer = undefined;
    this.unregisterPending?.();
    this.unregisterPending = undefined;
    this.send(this.props.onInput, this.pendingValue);
  }

  private onBlur(): void {
    const field = this.field;
    if (field && this.props.onBlur) this.send(this.props.onBlur, field.value);
  }

  private onKeyDown(e: KeyboardEvent): void {
    const field = this.field;
    if (!field || e.isComposing) return;
    const p = this.props;
    const shortcut = p.shortcuts.find(
      (s) => s.key === e.key && s.shift === e.shiftKey && s.ctrl === e.ctrlKey && s.alt === e.altKey && s.meta === e.metaKey,
    );
    if (shortcut) {
      e.preventDefault(); // e.g. Enter in a textarea must not add a newline
      const key = create(KeyPayloadSchema, {
        key: e.key, shift: e.shiftKey, ctrl: e.ctrlKey, alt: e.altKey, meta: e.metaKey, value: field.value,
      });
      this.emit(shortcut.handlerId, { case: 'shortcut', value: key });
      return;
    }
    // In a textarea Enter is a newline; only a shortcut can make it send.
    const plainEnter = e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey;
    if (plainEnter && !p.textarea && p.onEnter) {
      e.preventDefault();
      this.send(p.onEnter, field.value);
    }
  }

  /** Grows a textarea with its content, between min_rows and max_rows. */
  private async autosize(): Promise<void> {
    const p = this.props;
    const field = this.field;
    if (!p.textarea || !p.autosize || !field) return;
    const min = Math.max(p.minRows || 1, 1);
    const max = p.maxRows > 0 ? Math.max(p.maxRows, min) : Number.MAX_SAFE_INTEGER;
    // Measure at the minimum height, then grow to fit the content. This sets
    // the field's rows property directly; the template only binds the base.
    field.rows = min;
    await field.updateComplete;
    const textarea = field.shadowRoot?.querySelector('textarea');
    if (!textarea) return;
    const cs = getComputedStyle(textarea);
    const line = parseFloat(cs.lineHeight) || 24;
    const padding = (parseFloat(cs.paddingTop) || 0) + (parseFloat(cs.paddingBottom) || 0);
    const needed = Math.ceil((textarea.scrollHeight - padding) / line);
    field.rows = Math.min(Math.max(needed, min), max);
  }

  protected override render() {
    const p = this.props;
    const tag = p.appearance === 'outline' ? literal`md-outlined-text-field` : literal`md-filled-text-field`;
    // No .value binding: the value is written in updated() only when the
    // server changed it, so a stale echo never clobbers typed text.
    return html`<${tag}
      class="field"
      type=${p.textarea ? 'textarea' : p.type || 'text'}
      label=${p.label || nothing}
      placeholder=${p.placeholder || nothing}
      ?disabled=${p.disabled}
      ?readonly=${p.readonly}
      ?required=${p.required}
      rows=${(p.textarea && this.baseRows()) || nothing}
      @input=${this.onInput}
      @blur=${this.onBlur}
      @keydown=${this.onKeyDown}
    ></${tag}>`;
  }
}
