// `select`: a Material select built from a field frame and md-menu with
// md-select-option items, so that it can also choose several options and show
// option groups (md-select does neither). A choice sends the chosen values, in
// option order, as string_list to on_selection_change; a multiple select stays
// open while the user ticks options.
import { css, html, nothing } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { create } from '@bufbuild/protobuf';
import '@material/web/icon/icon.js';
import '@material/web/menu/menu.js';
import '@material/web/select/select-option.js';
import type { MdMenu } from '@material/web/menu/menu.js';
import type { MdSelectOption } from '@material/web/select/select-option.js';
import type { ChoiceOption } from '../../../gen/mesopj/components/options_pb';
import { SelectPropsSchema } from '../../../gen/mesopj/components/select_pb';
import { StringListSchema } from '../../../gen/mesopj/ui_pb';
import { MesopjElement } from '../base';
import { frameStyles, frameTag } from './field-frame';

const OPEN_KEYS = new Set(['Enter', ' ', 'ArrowDown', 'ArrowUp']);

export class MesopjSelect extends MesopjElement<typeof SelectPropsSchema> {
  static override styles = [
    frameStyles,
    css`
      :host {
        display: inline-block;
        vertical-align: middle;
        min-width: 200px;
        position: relative;
      }
      .frame {
        cursor: pointer;
        outline: none;
      }
      .frame.disabled {
        cursor: default;
      }
      .display {
        min-height: 24px;
        overflow: hidden;
        white-space: nowrap;
        text-overflow: ellipsis;
      }
      .display.placeholder {
        color: var(--md-sys-color-on-surface-variant);
      }
      .arrow {
        display: flex;
        width: 24px;
        justify-content: center;
        fill: currentColor;
      }
      .open .arrow svg {
        transform: rotate(180deg);
      }
      md-menu {
        --md-menu-container-color: var(--md-sys-color-surface-container);
      }
      .group-label {
        padding: 12px 16px 4px;
        color: var(--md-sys-color-on-surface-variant);
        font: 500 14px / 20px var(--md-ref-typeface-plain, Roboto, sans-serif);
        letter-spacing: 0.1px;
      }
      /* Options of a group are indented under its label. */
      .grouped [slot='headline'] {
        padding-inline-start: 16px;
      }
      md-icon {
        color: var(--md-sys-color-on-surface-variant);
      }
      .chosen md-icon {
        color: var(--md-sys-color-primary);
      }
    `,
  ];

  private open = false;
  private focused = false;
  // The choice after the user's last action, until the server's answer replaces it.
  private localValues: string[] | undefined;

  constructor() {
    super(SelectPropsSchema);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('props')) this.localValues = undefined;
  }

  private get values(): string[] {
    return this.localValues ?? this.props.values;
  }

  private get menu(): MdMenu | null {
    return this.renderRoot?.querySelector('md-menu') ?? null;
  }

  /** Every option in display order, groups flattened. */
  private allOptions(): ChoiceOption[] {
    return this.props.options.flatMap((e) =>
      e.entry.case === 'option' ? [e.entry.value] : e.entry.case === 'group' ? e.entry.value.options : [],
    );
  }

  private setOpen(open: boolean): void {
    if (this.open === open) return;
    if (open && this.props.disabled) return;
    if (open) {
      // The list is at least as wide as the field (md-menu's surface inherits min-width).
      const menu = this.menu;
      const field = this.renderRoot.querySelector('#field');
      if (menu && field) menu.style.minWidth = `${field.getBoundingClientRect().width}px`;
    }
    this.open = open;
    this.requestUpdate();
    this.emit(this.props.onOpenedChange, { case: 'boolValue', value: open });
  }

  private onFieldKeydown(e: KeyboardEvent): void {
    if (this.open || this.props.disabled || !OPEN_KEYS.has(e.key)) return;
    e.preventDefault();
    this.setOpen(true);
  }

  /** Focuses the first chosen option (or the first one) as the list opens, as md-select does. */
  private onOpening(): void {
    const items = (this.menu?.items ?? []) as MdSelectOption[];
    const chosen = new Set(this.values);
    const target = items.find((i) => chosen.has(i.value) && !i.disabled) ?? items.find((i) => !i.disabled);
    for (const item of items) item.tabIndex = item === target ? 0 : -1;
    target?.focus();
  }

  private choose(value: string): void {
    const p = this.props;
    const current = this.values;
    let next: string[];
    if (p.multiple) {
      const chosen = new Set(current);
      if (chosen.has(value)) chosen.delete(value);
      else chosen.add(value);
      next = this.allOptions().map((o) => o.value).filter((v) => chosen.has(v));
    } else {
      if (current.length === 1 && current[0] === value) return;
      next = [value];
    }
    this.localValues = next;
    this.requestUpdate();
    this.emit(p.onSelectionChange, { case: 'stringList', value: create(StringListSchema, { values: next }) });
  }

  /** Single select: an option was clicked or chosen with Enter/Space; the menu closes itself. */
  private onCloseMenu(e: CustomEvent<{ initiator: EventTarget }>): void {
    const option = e.detail?.initiator as MdSelectOption | undefined;
    if (!this.props.multiple && option && 'value' in option) this.choose(option.value);
  }

  /** Multiple select: options keep the menu open, so clicks and keys toggle them here. */
  private onOptionClick(o: ChoiceOption): void {
    if (this.props.multiple && !o.disabled) this.choose(o.value);
  }

  private onOptionKeydown(e: KeyboardEvent, o: ChoiceOption): void {
    if (!this.props.multiple || (e.key !== 'Enter' && e.key !== ' ')) return;
    e.preventDefault();
    if (!o.disabled) this.choose(o.value);
  }

  private renderOption(o: ChoiceOption, chosen: Set<string>, grouped: boolean) {
    const label = o.label || o.value;
    const selected = chosen.has(o.value);
    // A multiple select shows a box to tick on each option.
    const box = this.props.multiple
      ? html`<md-icon slot="start" aria-hidden="true">${selected ? 'check_box' : 'check_box_outline_blank'}</md-icon>`
      : nothing;
    return html`<md-select-option
      class="${grouped ? 'grouped' : ''} ${selected ? 'chosen' : ''}"
      .value=${o.value}
      .selected=${selected}
      .keepOpen=${this.props.multiple}
      ?disabled=${o.disabled}
      @click=${() => this.onOptionClick(o)}
      @keydown=${(e: KeyboardEvent) => this.onOptionKeydown(e, o)}
      >${box}<div slot="headline">${label}</div></md-select-option
    >`;
  }

  protected override render() {
    const p = this.props;
    const chosen = new Set(this.values);
    const labels = this.allOptions().filter((o) => chosen.has(o.value)).map((o) => o.label || o.value);
    const display = labels.join(', ');
    const showPlaceholder = !display && !!p.placeholder && (!p.label || this.open || this.focused);
    const tag = frameTag(p.appearance);
    return html`<div class=${this.open ? 'open' : ''}>
        ${staticHtml`<${tag}
          id="field"
          class="frame ${p.disabled ? 'disabled' : ''}"
          role="combobox"
          tabindex=${p.disabled ? '-1' : '0'}
          aria-haspopup="listbox"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="listbox"
          aria-label=${p.label || p.placeholder || nothing}
          aria-disabled=${p.disabled ? 'true' : nothing}
          label=${p.label}
          .populated=${!!display || showPlaceholder}
          .focused=${this.focused || this.open}
          ?disabled=${p.disabled}
          has-end
          @click=${() => this.setOpen(!this.open)}
          @keydown=${this.onFieldKeydown}
          @focus=${() => { this.focused = true; this.requestUpdate(); }}
          @blur=${() => { this.focused = false; this.requestUpdate(); }}
          ><div class="display ${display ? '' : 'placeholder'}">${display || (showPlaceholder ? p.placeholder : '')}</div>
          <span class="arrow" slot="end" aria-hidden="true"
            ><svg height="5" viewBox="7 10 10 5" focusable="false"><polygon points="7 10 12 15 17 10"></polygon></svg
          ></span>
        </${tag}>`}
        <md-menu
          id="listbox"
          role="listbox"
          aria-label=${p.label || p.placeholder || nothing}
          aria-multiselectable=${p.multiple ? 'true' : nothing}
          anchor="field"
          positioning="popover"
          default-focus="none"
          .open=${this.open}
          @opening=${this.onOpening}
          @closed=${() => this.setOpen(false)}
          @close-menu=${this.onCloseMenu}
        >
          ${p.options.map((e) => {
            if (e.entry.case === 'option') return this.renderOption(e.entry.value, chosen, false);
            if (e.entry.case === 'group') {
              const g = e.entry.value;
              return html`<div class="group-label" role="presentation">${g.label}</div>
                ${g.options.map((o) => this.renderOption(o, chosen, true))}`;
            }
            return nothing;
          })}
        </md-menu>
      </div>`;
  }
}
