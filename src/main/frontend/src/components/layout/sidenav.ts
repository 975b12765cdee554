// `sidenav`: a drawer beside the content. Side mode narrows the content to make
// room (or, when there is too little room, as on a phone, acts as over mode);
// over mode slides the drawer over the content with a scrim. Opened comes from
// the server; Escape (focus in the drawer) or the scrim asks the server to close
// it through on_opened_changed, unless disable_close.
import { css, html, nothing } from 'lit';
import { SidenavPropsSchema } from '../../../gen/mesopj/components/sidenav_pb';
import { MesopjElement } from '../base';

const DEFAULT_WIDTH = 256;
// Side mode needs this much room for the content beside the drawer; with less
// (a phone) the drawer goes over the content instead.
const MIN_CONTENT_WIDTH = 360;

export class MesopjSidenav extends MesopjElement<typeof SidenavPropsSchema> {
  static override properties = { ...MesopjElement.properties, narrow: { state: true } };

  static override styles = css`
    :host {
      display: block;
      position: relative;
      overflow: hidden;
      background: var(--md-sys-color-surface);
      --_width: 256px;
    }
    .frame {
      display: flex;
      height: 100%;
      min-height: inherit;
    }
    .frame.end {
      flex-direction: row-reverse;
    }
    .drawer {
      flex: none;
      width: 0;
      overflow: hidden;
      visibility: hidden;
      background: var(--md-sys-color-surface-container-low);
      color: var(--md-sys-color-on-surface);
      transition: width 200ms cubic-bezier(0.2, 0, 0, 1), visibility 0s 200ms;
    }
    .open .drawer {
      width: var(--_width);
      visibility: visible;
      transition: width 200ms cubic-bezier(0.2, 0, 0, 1), visibility 0s;
    }
    .inner {
      box-sizing: border-box;
      width: var(--_width);
      max-width: 100%;
      height: 100%;
      overflow: auto;
      padding: 12px;
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .content {
      flex: 1 1 auto;
      min-width: 0;
      overflow: auto;
    }
    /* Over: the drawer is lifted above the content and slides in from its side. */
    .over .drawer,
    .narrow .drawer {
      position: absolute;
      z-index: 2;
      top: 0;
      bottom: 0;
      left: 0;
      width: min(var(--_width), 85%);
      transform: translateX(-100%);
      box-shadow: 0 8px 10px 1px rgb(0 0 0 / 14%), 0 3px 14px 2px rgb(0 0 0 / 12%);
      transition: transform 200ms cubic-bezier(0.2, 0, 0, 1), visibility 0s 200ms;
    }
    .over.end .drawer,
    .narrow.end .drawer {
      left: auto;
      right: 0;
      transform: translateX(100%);
    }
    .over.open .drawer,
    .narrow.open .drawer {
      transform: none;
      transition: transform 200ms cubic-bezier(0.2, 0, 0, 1), visibility 0s;
    }
    .side:not(.narrow) .scrim {
      display: none;
    }
    .scrim {
      position: absolute;
      z-index: 1;
      inset: 0;
      background: var(--md-sys-color-scrim);
      opacity: 0.32;
    }
    @media (prefers-reduced-motion: reduce) {
      .drawer,
      .open .drawer,
      .over .drawer {
        transition: none;
      }
    }
  `;

  declare narrow: boolean;
  private readonly resizes = new ResizeObserver(() => {
    this.narrow = this.clientWidth < this.drawerWidth() + MIN_CONTENT_WIDTH;
  });

  constructor() {
    super(SidenavPropsSchema);
    this.narrow = false;
    this.addEventListener('keydown', (e) => this.onKeyDown(e));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizes.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizes.disconnect();
  }

  private drawerWidth(): number {
    return this.props.width > 0 ? this.props.width : DEFAULT_WIDTH;
  }

  private get closable(): boolean {
    return this.props.opened && !this.props.disableClose && !!this.props.onOpenedChanged;
  }

  private requestClose(): void {
    if (this.closable) this.emit(this.props.onOpenedChanged, { case: 'boolValue', value: false });
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || !this.closable) return;
    // Only when focus is in the drawer, as Angular Material's sidenav.
    const drawer = this.querySelector(':scope > mesopj-slot[slot="drawer"]');
    if (drawer && e.composedPath().includes(drawer)) {
      e.preventDefault();
      this.requestClose();
    }
  }

  // Before rendering, so the first frame already has the right width (no transition from the default).
  protected override willUpdate(): void {
    this.style.setProperty('--_width', `${this.drawerWidth()}px`);
    this.toggleAttribute('data-opened', this.props.opened);
  }

  protected override render() {
    const p = this.props;
    const mode = p.mode === 'over' ? 'over' : 'side';
    const position = p.position === 'end' ? 'end' : 'start';
    const narrow = mode === 'side' && this.narrow ? 'narrow' : '';
    return html`<div class="frame ${mode} ${position} ${narrow} ${p.opened ? 'open' : ''}">
      <nav class="drawer" part="drawer" ?inert=${!p.opened}>
        <div class="inner"><slot name="drawer"></slot></div>
      </nav>
      ${p.opened ? html`<div class="scrim" @click=${this.requestClose}></div>` : nothing}
      <div class="content"><slot></slot></div>
    </div>`;
  }
}
