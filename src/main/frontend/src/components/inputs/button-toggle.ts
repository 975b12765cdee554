// `button_toggle`: a row of toggle buttons (Material segmented buttons). A
// click sends the new selection (string_list, in button order) to on_change.
// Single selection keeps one button on: clicking it again changes nothing.
import { css, html, nothing } from 'lit';
import { create } from '@bufbuild/protobuf';
import '@material/web/icon/icon.js';
import '@material/web/ripple/ripple.js';
import '@material/web/focus/md-focus-ring.js';
import { ButtonTogglePropsSchema } from '../../../gen/mesopj/components/button_toggle_pb';
import { StringListSchema } from '../../../gen/mesopj/ui_pb';
import { MesopjElement } from '../base';

export class MesopjButtonToggle extends MesopjElement<typeof ButtonTogglePropsSchema> {
  static override styles = css`
    :host {
      display: inline-block;
      vertical-align: middle;
      max-width: 100%;
    }
    .group {
      display: inline-flex;
      max-width: 100%;
      height: calc(40px + var(--mesopj-density, 0) * 4px);
      border: 1px solid var(--md-sys-color-outline);
      border-radius: 20px;
      overflow: hidden;
    }
    button {
      position: relative;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 8px;
      min-width: 48px;
      padding: 0 16px;
      border: none;
      background: none;
      color: var(--md-sys-color-on-surface);
      font: 500 14px / 20px var(--md-ref-typeface-plain, Roboto, sans-serif);
      letter-spacing: 0.1px;
      cursor: pointer;
      outline: none;
      white-space: nowrap;
      --md-focus-ring-shape: 0;
    }
    button + button {
      border-left: 1px solid var(--md-sys-color-outline);
    }
    button.selected {
      background: var(--md-sys-color-secondary-container);
      color: var(--md-sys-color-on-secondary-container);
    }
    button:disabled {
      cursor: default;
      color: color-mix(in srgb, var(--md-sys-color-on-surface) 38%, transparent);
    }
    button.selected:disabled {
      background: color-mix(in srgb, var(--md-sys-color-on-surface) 12%, transparent);
    }
    md-icon {
      --md-icon-size: 18px;
    }
  `;

  // The selection after the user's last click, until the server's answer replaces it.
  private localValues: string[] | undefined;

  constructor() {
    super(ButtonTogglePropsSchema);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('props')) this.localValues = undefined;
  }

  private get values(): string[] {
    return this.localValues ?? this.props.values;
  }

  private onClick(value: string): void {
    const p = this.props;
    const current = this.values;
    let next: string[];
    if (p.multiple) {
      const chosen = new Set(current);
      if (chosen.has(value)) chosen.delete(value);
      else chosen.add(value);
      next = p.buttons.map((b) => b.value).filter((v) => chosen.has(v));
    } else {
      if (current.length === 1 && current[0] === value) return;
      next = [value];
    }
    this.localValues = next;
    this.requestUpdate();
    this.emit(p.onChange, { case: 'stringList', value: create(StringListSchema, { values: next }) });
  }

  protected override render() {
    const p = this.props;
    const chosen = new Set(this.values);
    return html`<div class="group" role="group">
      ${p.buttons.map((b) => {
        const selected = chosen.has(b.value);
        return html`<button
          type="button"
          class=${selected ? 'selected' : ''}
          aria-pressed=${selected ? 'true' : 'false'}
          ?disabled=${p.disabled || b.disabled}
          @click=${() => this.onClick(b.value)}
        >
          <md-focus-ring inward></md-focus-ring>
          <md-ripple></md-ripple>
          ${selected && !p.hideSelectionIndicator ? html`<md-icon aria-hidden="true">check</md-icon>` : nothing}
          <span>${b.label || b.value}</span>
        </button>`;
      })}
    </div>`;
  }
}
