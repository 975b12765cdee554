// `tabs`: a Material 3 primary tab bar over the panels (the `tab` children).
// Keyboard, as the WAI-ARIA tabs pattern with manual activation (showing a tab
// needs a server round trip): Tab enters the bar on the selected tab, arrows,
// Home and End move the focus, Enter or Space choose the focused tab.
import { css, html, nothing } from 'lit';
import '@material/web/icon/icon.js';
import type { TabsProps } from '../../../gen/mesopj/components/tabs_pb';
import { TabsPropsSchema } from '../../../gen/mesopj/components/tabs_pb';
import { MesopjElement } from '../base';

let nextId = 0;

export class MesopjTabs extends MesopjElement<typeof TabsPropsSchema> {
  static override properties = { ...MesopjElement.properties, focusIndex: { state: true } };

  static override styles = css`
    :host {
      display: block;
    }
    .bar {
      position: relative;
      display: flex;
      overflow-x: auto;
      scrollbar-width: none;
      border-bottom: 1px solid var(--md-sys-color-surface-variant);
    }
    [role='tab'] {
      all: unset;
      position: relative;
      box-sizing: border-box;
      flex: 1 0 auto;
      min-width: 90px;
      height: 48px;
      padding: 0 16px;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 8px;
      cursor: pointer;
      white-space: nowrap;
      color: var(--md-sys-color-on-surface-variant);
      font: 500 0.875rem / 1.25rem var(--md-ref-typeface-plain, Roboto, sans-serif);
      letter-spacing: 0.00714em;
    }
    [role='tab']:hover:not([aria-disabled='true']) {
      background: color-mix(in srgb, var(--md-sys-color-on-surface) 8%, transparent);
    }
    [role='tab']:focus-visible {
      outline: 2px solid var(--md-sys-color-primary);
      outline-offset: -2px;
    }
    [role='tab'][aria-selected='true'] {
      color: var(--md-sys-color-primary);
    }
    [role='tab'][aria-disabled='true'] {
      cursor: default;
      color: color-mix(in srgb, var(--md-sys-color-on-surface) 38%, transparent);
    }
    .indicator {
      position: absolute;
      left: 16px;
      right: 16px;
      bottom: 0;
      height: 3px;
      border-radius: 3px 3px 0 0;
      background: var(--md-sys-color-primary);
    }
    md-icon {
      --md-icon-size: 20px;
    }
    .panel {
      padding-top: 16px;
    }
    .panel:focus-visible {
      outline: 2px solid var(--md-sys-color-primary);
      outline-offset: 2px;
      border-radius: 4px;
    }
  `;

  declare focusIndex: number;
  private readonly ids = `mesopj-tabs-${++nextId}`;

  constructor() {
    super(TabsPropsSchema);
    this.focusIndex = 0;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    const prev = changed.get('props') as TabsProps | undefined;
    // The roving tab stop follows the selection whenever the server changes it.
    if (changed.has('props') && (!prev || prev.selectedIndex !== this.props.selectedIndex)) {
      this.focusIndex = this.props.selectedIndex;
    }
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    this.showSelectedPanel();
    const prev = changed.get('props') as TabsProps | undefined;
    if (prev && prev.selectedIndex !== this.props.selectedIndex) this.revealSelected();
  }

  /** Scrolls a bar wider than the screen (a phone) so the selected tab shows; never scrolls the page. */
  private revealSelected(): void {
    const bar = this.renderRoot.querySelector<HTMLElement>('.bar');
    const tab = this.tabButton(this.props.selectedIndex);
    if (!bar || !tab) return;
    const left = tab.offsetLeft; // the bar is the offset parent (position: relative)
    if (left < bar.scrollLeft) bar.scrollLeft = left;
    else if (left + tab.offsetWidth > bar.scrollLeft + bar.clientWidth) {
      bar.scrollLeft = left + tab.offsetWidth - bar.clientWidth;
    }
  }

  private showSelectedPanel(): void {
    let i = 0;
    for (const child of this.children) {
      if (child.tagName === 'MESOPJ-TAB') (child as HTMLElement).hidden = i++ !== this.props.selectedIndex;
    }
  }

  private enabled(i: number): boolean {
    const tab = this.props.tabs[i];
    return !!tab && !tab.disabled;
  }

  private choose(i: number): void {
    if (!this.enabled(i)) return;
    this.focusIndex = i;
    if (i !== this.props.selectedIndex) this.emit(this.props.onSelectionChange, { case: 'intValue', value: BigInt(i) });
  }

  private onKeyDown(e: KeyboardEvent): void {
    const count = this.props.tabs.length;
    if (!count) return;
    const rtl = getComputedStyle(this).direction === 'rtl';
    let step = 0;
    let from = this.tabStop();
    switch (e.key) {
      case 'ArrowRight':
        step = rtl ? -1 : 1;
        break;
      case 'ArrowLeft':
        step = rtl ? 1 : -1;
        break;
      case 'Home':
        step = 1;
        from = -1;
        break;
      case 'End':
        step = -1;
        from = count;
        break;
      default:
        return;
    }
    e.preventDefault();
    // The next enabled tab in that direction, wrapping around.
    for (let n = 1; n <= count; n++) {
      const i = (((from + step * n) % count) + count) % count;
      if (this.enabled(i)) {
        this.focusIndex = i;
        void this.updateComplete.then(() => this.tabButton(i)?.focus());
        return;
      }
    }
  }

  private tabButton(i: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`#${this.ids}-tab-${i}`);
  }

  /** The one tab reachable with Tab: the focused one, else the selected one, else the first enabled. */
  private tabStop(): number {
    if (this.enabled(this.focusIndex)) return this.focusIndex;
    if (this.enabled(this.props.selectedIndex)) return this.props.selectedIndex;
    return this.props.tabs.findIndex((t) => !t.disabled);
  }

  protected override render() {
    const p = this.props;
    const selected = p.selectedIndex;
    const stop = this.tabStop();
    return html`<div class="bar" role="tablist" @keydown=${this.onKeyDown}>
        ${p.tabs.map(
          (t, i) => html`<button
            role="tab"
            id="${this.ids}-tab-${i}"
            aria-selected=${i === selected ? 'true' : 'false'}
            aria-controls="${this.ids}-panel"
            aria-disabled=${t.disabled ? 'true' : 'false'}
            tabindex=${i === stop ? '0' : '-1'}
            @click=${() => this.choose(i)}
          >
            ${t.icon ? html`<md-icon aria-hidden="true">${t.icon}</md-icon>` : nothing}<span>${t.label}</span>
            ${i === selected ? html`<span class="indicator"></span>` : nothing}
          </button>`,
        )}
      </div>
      <div
        class="panel"
        id="${this.ids}-panel"
        role="tabpanel"
        tabindex="0"
        aria-labelledby=${selected >= 0 && selected < p.tabs.length ? `${this.ids}-tab-${selected}` : nothing}
      >
        <slot @slotchange=${this.showSelectedPanel}></slot>
      </div>`;
  }
}
