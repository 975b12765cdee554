// `tooltip`: shows a message while the pointer rests on the content, or
// keyboard focus is inside it; Escape hides it. The bubble is a manual
// popover, so it sits in the top layer: no overflow or z-index can clip it.
// It is placed with CSSOM (fixed coordinates) beside the content, or at the
// pointer with position_at_origin, and kept inside the viewport.
import { css, html } from 'lit';
import { TooltipPropsSchema } from '../../../gen/mesopj/components/tooltip_pb';
import { MesopjElement } from '../base';

const GAP = 8;
const MARGIN = 4;

interface Anchor {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export class MesopjTooltip extends MesopjElement<typeof TooltipPropsSchema> {
  static override styles = css`
    :host {
      display: inline-block;
    }
    .tip {
      position: fixed;
      inset: auto;
      margin: 0;
      border: 0;
      box-sizing: border-box;
      max-width: min(280px, calc(100vw - 8px));
      min-height: 24px;
      padding: 4px 8px;
      border-radius: 4px;
      background: var(--md-sys-color-inverse-surface);
      color: var(--md-sys-color-inverse-on-surface);
      font: 400 0.75rem / 1rem var(--md-ref-typeface-plain, Roboto, sans-serif);
      letter-spacing: 0.025em;
      overflow-wrap: break-word;
      pointer-events: none;
      opacity: 0;
      transition: opacity 100ms linear;
    }
    .tip.shown {
      opacity: 1;
    }
  `;

  private timer: ReturnType<typeof setTimeout> | undefined;
  private pointer: Anchor | null = null;
  private hovered = false;
  private focused = false;

  constructor() {
    super(TooltipPropsSchema);
    this.addEventListener('pointerenter', (e) => {
      this.hovered = true;
      this.pointer = { left: e.clientX, top: e.clientY, right: e.clientX, bottom: e.clientY };
      this.schedule(true);
    });
    this.addEventListener('pointerleave', () => {
      this.hovered = false;
      this.schedule(this.focused);
    });
    this.addEventListener('focusin', () => {
      this.focused = true;
      this.pointer = null;
      this.schedule(true);
    });
    this.addEventListener('focusout', () => {
      this.focused = false;
      this.schedule(this.hovered);
    });
    this.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.setShown(false);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.setShown(false);
  }

  private get tip(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.tip');
  }

  private schedule(show: boolean): void {
    clearTimeout(this.timer);
    const delay = show ? this.props.showDelayMs : this.props.hideDelayMs;
    if (delay > 0) this.timer = setTimeout(() => this.setShown(show), delay);
    else this.setShown(show);
  }

  private setShown(show: boolean): void {
    const tip = this.tip;
    if (!tip) return;
    const open = tip.matches(':popover-open');
    if (show && !this.props.disabled && this.props.message) {
      if (!open) tip.showPopover();
      this.place(tip);
      tip.classList.add('shown');
    } else if (open) {
      tip.classList.remove('shown');
      tip.hidePopover();
    }
  }

  private place(tip: HTMLElement): void {
    const anchor: Anchor = this.props.positionAtOrigin && this.pointer ? this.pointer : this.getBoundingClientRect();
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    const rtl = getComputedStyle(this).direction === 'rtl';
    let pos = this.props.position || 'left';
    if (pos === 'before') pos = rtl ? 'right' : 'left';
    if (pos === 'after') pos = rtl ? 'left' : 'right';
    const midX = (anchor.left + anchor.right) / 2 - w / 2;
    const midY = (anchor.top + anchor.bottom) / 2 - h / 2;
    let left: number;
    let top: number;
    switch (pos) {
      case 'right':
        [left, top] = [anchor.right + GAP, midY];
        break;
      case 'above':
        [left, top] = [midX, anchor.top - GAP - h];
        break;
      case 'below':
        [left, top] = [midX, anchor.bottom + GAP];
        break;
      default: // left
        [left, top] = [anchor.left - GAP - w, midY];
    }
    const clamp = (v: number, max: number) => Math.max(MARGIN, Math.min(v, max - MARGIN));
    tip.style.left = `${clamp(left, window.innerWidth - w)}px`;
    tip.style.top = `${clamp(top, window.innerHeight - h)}px`;
  }

  protected override render() {
    return html`<slot></slot><div class="tip" popover="manual" role="tooltip">${this.props.message}</div>`;
  }

  protected override updated(): void {
    // New props while shown (another message, disabled): show again or hide.
    if (this.tip?.matches(':popover-open')) this.setShown(this.hovered || this.focused);
  }
}
