// `autocomplete`: a text field with a list of suggestions under it, filtered
// in the browser as the user types (case-insensitive substring of the label,
// groups kept when one of their options matches), as Mesop's autocomplete.
// Typed text goes to on_input (debounced); picking a suggestion (click, or
// arrows and Enter) puts its value in the field and sends it to
// on_selection_change; Enter with no suggestion highlighted sends the text to
// on_enter. Keyboard focus stays in the field (combobox with
// aria-activedescendant).
import { css, html, nothing } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { AutocompleteProps } from '../../../gen/mesopj/components/autocomplete_pb';
import { AutocompletePropsSchema } from '../../../gen/mesopj/components/autocomplete_pb';
import type { ChoiceEntry, ChoiceOption } from '../../../gen/mesopj/components/options_pb';
import { addPendingFlush } from '../../events';
import { MesopjElement, delegatingShadowRoot } from '../base';
import { frameStyles, frameTag } from './field-frame';

const DEBOUNCE_MS = 150;

interface Shown {
  label: string; // group label; "" for options outside groups
  options: ChoiceOption[];
}

/** The entries whose label contains `text` (ignoring case); groups keep their matching options. */
export function filterOptions(entries: readonly ChoiceEntry[], text: string): Shown[] {
  const needle = text.toLowerCase();
  const matches = (o: ChoiceOption) => !needle || (o.label || o.value).toLowerCase().includes(needle);
  const shown: Shown[] = [];
  for (const e of entries) {
    if (e.entry.case === 'group') {
      const options = e.entry.value.options.filter(matches);
      if (options.length) shown.push({ label: e.entry.value.label, options });
    } else if (e.entry.case === 'option' && matches(e.entry.value)) {
      const last = shown[shown.length - 1];
      if (last && last.label === '') last.options.push(e.entry.value);
      else shown.push({ label: '', options: [e.entry.value] });
    }
  }
  return shown;
}

export class MesopjAutocomplete extends MesopjElement<typeof AutocompletePropsSchema> {
  static override shadowRootOptions = delegatingShadowRoot;

  static override styles = [
    frameStyles,
    css`
      :host {
        display: inline-block;
        vertical-align: middle;
        min-width: 200px;
      }
      .wrap {
        position: relative;
      }
      .panel {
        position: absolute;
        left: 0;
        right: 0;
        top: 100%;
        z-index: 20;
        max-height: 256px;
        overflow-y: auto;
        padding: 8px 0;
        border-radius: 4px;
        background: var(--md-sys-color-surface-container);
        color: var(--md-sys-color-on-surface);
        box-shadow:
          0 2px 6px 2px rgb(0 0 0 / 15%),
          0 1px 2px rgb(0 0 0 / 30%);
      }
      .group-label {
        padding: 12px 16px 4px;
        color: var(--md-sys-color-on-surface-variant);
        font: 500 14px / 20px var(--md-ref-typeface-plain, Roboto, sans-serif);
      }
      .option {
        padding: 12px 16px;
        cursor: pointer;
        font: 400 16px / 24px var(--md-ref-typeface-plain, Roboto, sans-serif);
      }
      .grouped .option {
        padding-inline-start: 32px;
      }
      .option:hover {
        background: color-mix(in srgb, var(--md-sys-color-on-surface) 8%, transparent);
      }
      .option.active {
        background: color-mix(in srgb, var(--md-sys-color-on-surface) 12%, transparent);
      }
      .option[aria-disabled='true'] {
        cursor: default;
        opacity: 0.38;
      }
    `,
  ];

  private text = '';
  private open = false;
  private focused = false;
  private active = -1; // index into the flat list of shown options
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private unregisterPending: (() => void) | undefined;
  private pendingText = ''; // what was typed, for the debounced on_input
  // Texts this field sent that the server has not echoed back yet (see input.ts).
  private unechoed: string[] = [];
  private valueToShow: string | undefined;

  constructor() {
    super(AutocompletePropsSchema);
  }

  private get input(): HTMLInputElement | null {
    return this.renderRoot?.querySelector('input') ?? null;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (!changed.has('props')) return;
    const prev = changed.get('props') as AutocompleteProps | undefined;
    const p = this.props;
    if (prev && prev.value === p.value) return;
    const echoed = this.unechoed.indexOf(p.value);
    if (echoed >= 0) {
      this.unechoed.splice(0, echoed + 1);
      return;
    }
    this.unechoed = [];
    if (this.debounceTimer !== undefined) return; // the user is typing: their text wins
    this.valueToShow = p.value;
    this.text = p.value;
  }

  protected override updated(): void {
    const input = this.input;
    if (input && this.valueToShow !== undefined) {
      input.value = this.valueToShow;
      this.valueToShow = undefined;
    }
    this.renderRoot.querySelector('.option.active')?.scrollIntoView({ block: 'nearest' });
  }

  private shownOptions(): ChoiceOption[] {
    return filterOptions(this.props.options, this.text).flatMap((g) => g.options);
  }

  private send(handlerId: string, value: string): void {
    if (!handlerId) return;
    if (this.unechoed[this.unechoed.length - 1] !== value) this.unechoed.push(value);
    this.emit(handlerId, { case: 'stringValue', value });
  }

  private setOpen(open: boolean): void {
    this.open = open;
    if (!open) this.active = -1;
    this.requestUpdate();
  }

  private onInput(): void {
    const input = this.input;
    if (!input) return;
    this.text = input.value;
    this.active = -1;
    this.setOpen(true);
    if (!this.props.onInput) return;
    this.pendingText = input.value;
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => this.flushInput(), DEBOUNCE_MS);
    this.unregisterPending ??= addPendingFlush(() => this.flushInput());
  }

  private flushInput(): void {
    if (this.debounceTimer === undefined) return;
    clearTimeout(this.debounceTimer);
    this.debounceTimer = undefined;
    this.unregisterPending?.();
    this.unregisterPending = undefined;
    // The typed text, even if a pick has since replaced the field's text (the pick goes after it).
    this.send(this.props.onInput, this.pendingText);
  }

  private pick(o: ChoiceOption): void {
    if (o.disabled) return;
    const input = this.input;
    if (input) input.value = o.value;
    this.text = o.value;
    this.setOpen(false);
    this.send(this.props.onSelectionChange, o.value);
  }

  private moveActive(step: number): void {
    const shown = this.shownOptions();
    if (!shown.length) return;
    let i = this.active;
    for (let n = 0; n < shown.length; n++) {
      i = (i + step + shown.length) % shown.length;
      if (!shown[i]!.disabled) break;
    }
    this.active = i;
    this.setOpen(true);
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.isComposing || this.props.readonly) return;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        e.preventDefault();
        this.moveActive(e.key === 'ArrowDown' ? 1 : -1);
        return;
      case 'Escape':
        if (this.open) {
          e.preventDefault();
          this.setOpen(false);
        }
        return;
      case 'Enter': {
        if (e.shiftKey || e.ctrlKey || e.altKey || e.metaKey) return;
        const option = this.open ? this.shownOptions()[this.active] : undefined;
        e.preventDefault();
        if (option) {
          this.pick(option);
        } else {
          this.setOpen(false);
          this.send(this.props.onEnter, this.input?.value ?? this.text);
        }
        return;
      }
      default:
        return;
    }
  }

  private onFocus(): void {
    this.focused = true;
    this.setOpen(!this.props.readonly);
  }

  private onBlur(): void {
    this.focused = false;
    this.setOpen(false);
  }

  private renderPanel() {
    if (!this.open || this.props.disabled) return nothing;
    const groups = filterOptions(this.props.options, this.text);
    if (!groups.length) return nothing;
    let index = 0;
    const renderOption = (o: ChoiceOption) => {
      const i = index++;
      return html`<div
        id="option-${i}"
        class="option ${i === this.active ? 'active' : ''}"
        role="option"
        aria-selected=${i === this.active ? 'true' : 'false'}
        aria-disabled=${o.disabled ? 'true' : 'false'}
        @mousedown=${(e: Event) => e.preventDefault()}
        @click=${() => this.pick(o)}
      >${o.label || o.value}</div>`;
    };
    // Keep focus in the field: the panel's mousedown must not blur it.
    return html`<div id="listbox" class="panel" role="listbox" @mousedown=${(e: Event) => e.preventDefault()}>
      ${groups.map((g, gi) =>
        g.label
          ? html`<div class="grouped" role="group" aria-labelledby="group-${gi}">
              <div class="group-label" id="group-${gi}">${g.label}</div>
              ${g.options.map(renderOption)}
            </div>`
          : g.options.map(renderOption),
      )}
    </div>`;
  }

  protected override render() {
    const p = this.props;
    const tag = frameTag(p.appearance);
    const expanded = this.open && !p.disabled && this.shownOptions().length > 0;
    const showPlaceholder = !p.label || this.focused;
    return html`<div class="wrap">
      ${staticHtml`<${tag}
        class="frame"
        label=${p.label}
        .populated=${!!this.text || (showPlaceholder && !!p.placeholder)}
        .focused=${this.focused}
        ?disabled=${p.disabled}
        ><input
          type="text"
          role="combobox"
          autocomplete="off"
          aria-autocomplete="list"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls="listbox"
          aria-activedescendant=${expanded && this.active >= 0 ? `option-${this.active}` : nothing}
          aria-label=${p.label || p.placeholder || nothing}
          placeholder=${(showPlaceholder && p.placeholder) || nothing}
          ?disabled=${p.disabled}
          ?readonly=${p.readonly}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
          @focus=${this.onFocus}
          @blur=${this.onBlur}
      /></${tag}>`}
      ${this.renderPanel()}
    </div>`;
  }
}
