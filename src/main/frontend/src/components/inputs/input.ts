// `input`: a Material 3 text field (single line or textarea), or a plain
// <textarea> (native_textarea). Date-like types (date, time, colour, ...) use a
// native input in a Material frame, so the browser's picker button stays.
// Typed text goes to on_input debounced; blur, Enter and shortcuts send at once
// (after any pending debounced text, see events.ts).
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
import { ALWAYS_POPULATED_TYPES, frameStyles, frameTag } from './field-frame';

const DEFAULT_DEBOUNCE_MS = 300;
// Both text field variants share the TextField API; the native controls have
// the part of it used here (value, rows).
type Field = MdFilledTextField | HTMLTextAreaElement | HTMLInputElement;

export class MesopjInput extends MesopjElement<typeof InputPropsSchema> {
  static override shadowRootOptions = delegatingShadowRoot;

  static override styles = [
    frameStyles,
    css`
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
      /* native_textarea: the app's style goes on the host; the textarea fills it. */
      :host([native]) {
        display: inline-flex;
      }
      textarea.native {
        flex: 1;
        box-sizing: border-box;
        width: 100%;
        min-height: 100%;
        margin: 0;
        padding: 0;
        border: none;
        outline: none;
        background: none;
        color: inherit;
        font: inherit;
        line-height: inherit;
        resize: none;
      }
    `,
  ];

  // Focus of the native input in a frame (the frame only draws what it is told).
  private frameFocused = false;

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
    this.toggleAttribute('native', this.props.nativeTextarea); // for the :host([native]) layout
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
    // Keys match ignoring case, as in Mesop: Shift+Enter is "Enter", Meta+S may be "s".
    const pressed = e.key.toLowerCase();
    const shortcut = p.shortcuts.find(
      (s) => s.key.toLowerCase() === pressed && s.shift === e.shiftKey && s.ctrl === e.ctrlKey && s.alt === e.altKey && s.meta === e.metaKey,
    );
    if (shortcut) {
      e.preventDefault(); // e.g. Enter in a textarea must not add a newline
      // The registered combination, so the handler can tell which one of its shortcuts it was.
      const key = create(KeyPayloadSchema, {
        key: shortcut.key, shift: shortcut.shift, ctrl: shortcut.ctrl, alt: shortcut.alt, meta: shortcut.meta, value: field.value,
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
    if (!p.textarea || !p.autosize || !field || field instanceof HTMLInputElement) return;
    const min = Math.max(p.minRows || 1, 1);
    const max = p.maxRows > 0 ? Math.max(p.maxRows, min) : Number.MAX_SAFE_INTEGER;
    // Measure at the minimum height, then grow to fit the content. This sets
    // the field's rows property directly; the template only binds the base.
    field.rows = min;
    let textarea: HTMLTextAreaElement | null | undefined;
    if (field instanceof HTMLTextAreaElement) {
      textarea = field;
    } else {
      await (field as MdFilledTextField).updateComplete;
      textarea = field.shadowRoot?.querySelector('textarea');
    }
    if (!textarea) return;
    const cs = getComputedStyle(textarea);
    // A "normal" line height (a native textarea's default) has no number: assume 1.2em.
    const line = parseFloat(cs.lineHeight) || (parseFloat(cs.fontSize) || 16) * 1.2;
    const padding = (parseFloat(cs.paddingTop) || 0) + (parseFloat(cs.paddingBottom) || 0);
    const needed = Math.ceil((textarea.scrollHeight - padding) / line);
    field.rows = Math.min(Math.max(needed, min), max);
  }

  private onFrameFocus(focused: boolean): void {
    this.frameFocused = focused;
    this.requestUpdate();
  }

  protected override render() {
    const p = this.props;
    if (p.nativeTextarea) return this.renderNative();
    if (!p.textarea && ALWAYS_POPULATED_TYPES.has(p.type)) return this.renderFramed();
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

  /** Mesop's native_textarea: a bare <textarea>, styled by the app through the host. */
  private renderNative() {
    const p = this.props;
    return html`<textarea
      class="field native"
      placeholder=${p.placeholder || nothing}
      ?disabled=${p.disabled}
      ?readonly=${p.readonly}
      rows=${this.baseRows() ?? nothing}
      @input=${this.onInput}
      @blur=${this.onBlur}
      @keydown=${this.onKeyDown}
    ></textarea>`;
  }

  /** A native date/time/colour input in a Material frame; its label always floats. */
  private renderFramed() {
    const p = this.props;
    return html`<${frameTag(p.appearance)}
      class="frame"
      label=${p.label}
      populated
      .focused=${this.frameFocused}
      ?disabled=${p.disabled}
      ?required=${p.required}
      @focusin=${() => this.onFrameFocus(true)}
      @focusout=${() => this.onFrameFocus(false)}
      ><input
        class="field"
        type=${p.type}
        aria-label=${p.label || nothing}
        ?disabled=${p.disabled}
        ?readonly=${p.readonly}
        ?required=${p.required}
        @input=${this.onInput}
        @blur=${this.onBlur}
        @keydown=${this.onKeyDown}
    /></${frameTag(p.appearance)}>`;
  }
}
