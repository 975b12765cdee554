// `expansion_panel`: a header button that shows or hides the panel's children.
// The open state is the browser's own until the server's `expanded` prop sets
// it (Mesop's expanded=None vs True/False). In a single-open accordion, opening
// a panel first closes the open sibling (which reports its own on_toggle).
import { css, html, nothing } from 'lit';
import '@material/web/icon/icon.js';
import type { ExpansionPanelProps } from '../../../gen/mesopj/components/expansion_panel_pb';
import { ExpansionPanelPropsSchema } from '../../../gen/mesopj/components/expansion_panel_pb';
import { MesopjElement } from '../base';

/** What an accordion offers the panels inside it. */
export interface PanelGroup {
  /** Called before `panel` opens by a user action; closes the others unless multi. */
  panelOpening(panel: MesopjExpansionPanel): void;
}

let nextId = 0;

export class MesopjExpansionPanel extends MesopjElement<typeof ExpansionPanelPropsSchema> {
  static override properties = { ...MesopjElement.properties, open: { state: true } };

  static override styles = css`
    :host {
      display: block;
      overflow: hidden;
      border-radius: 12px;
      background: var(--md-sys-color-surface-container-lowest);
      color: var(--md-sys-color-on-surface);
      box-shadow: 0 1px 2px rgb(0 0 0 / 20%), 0 1px 3px 1px rgb(0 0 0 / 8%);
      transition: margin 200ms cubic-bezier(0.2, 0, 0, 1);
      container-type: inline-size;
    }
    .header {
      all: unset;
      box-sizing: border-box;
      display: flex;
      align-items: center;
      gap: 16px;
      width: 100%;
      min-height: 56px;
      padding: 0 24px;
      cursor: pointer;
      font: 500 0.9375rem / 1.5rem var(--md-ref-typeface-plain, Roboto, sans-serif);
    }
    .header:hover:not(:disabled) {
      background: color-mix(in srgb, var(--md-sys-color-on-surface) 8%, transparent);
    }
    .header:focus-visible {
      outline: 2px solid var(--md-sys-color-primary);
      outline-offset: -2px;
    }
    .header:disabled {
      cursor: default;
      color: color-mix(in srgb, var(--md-sys-color-on-surface) 38%, transparent);
    }
    .title {
      flex: 0 1 auto;
      min-width: 0;
    }
    .description {
      flex: 1 1 auto;
      min-width: 0;
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      font-weight: 400;
      color: var(--md-sys-color-on-surface-variant);
    }
    .chevron {
      flex: none;
      margin-left: auto;
      transition: transform 200ms cubic-bezier(0.2, 0, 0, 1);
    }
    .open .chevron {
      transform: rotate(180deg);
    }
    .region {
      display: grid;
      grid-template-rows: 0fr;
      visibility: hidden;
      transition: grid-template-rows 200ms cubic-bezier(0.2, 0, 0, 1), visibility 0s 200ms;
    }
    .open .region {
      grid-template-rows: 1fr;
      visibility: visible;
      transition: grid-template-rows 200ms cubic-bezier(0.2, 0, 0, 1), visibility 0s;
    }
    .inner {
      overflow: hidden;
      min-height: 0;
    }
    .body {
      padding: 0 24px 16px;
    }
    /* Narrow panels (phones): less padding; the description goes under the title. */
    @container (max-width: 420px) {
      .header {
        flex-wrap: wrap;
        row-gap: 0;
        padding: 8px 16px;
      }
      .description {
        order: 3;
        flex-basis: 100%;
      }
      .body {
        padding: 0 16px 16px;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .region,
      .open .region,
      .chevron {
        transition: none;
      }
    }
  `;

  declare open: boolean;
  private readonly ids = `mesopj-panel-${++nextId}`;

  constructor() {
    super(ExpansionPanelPropsSchema);
    this.open = false;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (!changed.has('props')) return;
    const prev = changed.get('props') as ExpansionPanelProps | undefined;
    const expanded = this.props.expanded;
    // A server-set value wins when it is new; otherwise the user's choice stays.
    if (expanded !== undefined && (prev === undefined || prev.expanded !== expanded)) this.open = expanded;
  }

  protected override updated(): void {
    this.toggleAttribute('data-open', this.open);
  }

  /** Closes the panel as if the user had, reporting it (for a single-open accordion). */
  closeByGroup(): void {
    if (!this.open) return;
    this.open = false;
    this.emit(this.props.onToggle, { case: 'boolValue', value: false });
  }

  private onClick(): void {
    if (this.props.disabled) return;
    const opening = !this.open;
    if (opening) (this.parentElement as Partial<PanelGroup> | null)?.panelOpening?.(this);
    this.open = opening;
    this.emit(this.props.onToggle, { case: 'boolValue', value: opening });
  }

  protected override render() {
    const p = this.props;
    const icon = p.icon ? html`<md-icon aria-hidden="true">${p.icon}</md-icon>` : nothing;
    return html`<div class=${this.open ? 'open' : ''}>
      <button
        class="header"
        id="${this.ids}-header"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="${this.ids}-region"
        aria-disabled=${p.disabled ? 'true' : 'false'}
        ?disabled=${p.disabled}
        @click=${this.onClick}
      >
        <span class="title">${p.title}</span>
        ${p.description || p.icon ? html`<span class="description">${p.description}${icon}</span>` : nothing}
        ${p.hideToggle ? nothing : html`<md-icon class="chevron" aria-hidden="true">expand_more</md-icon>`}
      </button>
      <div class="region" id="${this.ids}-region" role="region" aria-labelledby="${this.ids}-header">
        <div class="inner"><div class="body"><slot></slot></div></div>
      </div>
    </div>`;
  }
}
