// `badge`: a small count or label on a corner of the content, in Mesop's
// positions, sizes and palette colours. Screen readers get the description
// (or the content) as text after the content.
import { css, html } from 'lit';
import { BadgePropsSchema } from '../../../gen/mesopj/components/badge_pb';
import { MesopjElement } from '../base';

const POSITIONS = new Set([
  'above after', 'above before', 'below before', 'below after', 'before', 'after', 'above', 'below',
]);
const SIZES = new Set(['small', 'medium', 'large']);
const COLORS = new Set(['primary', 'accent', 'warn']);

export class MesopjBadge extends MesopjElement<typeof BadgePropsSchema> {
  static override styles = css`
    :host {
      display: inline-block;
      position: relative;
      vertical-align: middle;
    }
    .badge {
      --_size: 16px;
      position: absolute;
      box-sizing: border-box;
      min-width: var(--_size);
      height: var(--_size);
      padding: 0 4px;
      border-radius: calc(var(--_size) / 2);
      display: inline-flex;
      align-items: center;
      justify-content: center;
      font: 500 11px / 1 var(--md-ref-typeface-plain, Roboto, sans-serif);
      white-space: nowrap;
      pointer-events: none;
      z-index: 1;
      background: var(--md-sys-color-primary);
      color: var(--md-sys-color-on-primary);
      transition: transform 150ms ease-out;
    }
    .medium { --_size: 22px; font-size: 12px; }
    .large { --_size: 28px; font-size: 16px; padding: 0 6px; }
    .accent { background: var(--md-sys-color-tertiary); color: var(--md-sys-color-on-tertiary); }
    .warn { background: var(--md-sys-color-error); color: var(--md-sys-color-on-error); }
    .disabled { background: var(--md-sys-color-surface-container-highest); color: var(--md-sys-color-on-surface-variant); }
    .hidden { display: none; }

    /* Vertical: half the badge outside the top or bottom edge. */
    .above { top: calc(var(--_size) / -2); }
    .below { bottom: calc(var(--_size) / -2); }
    .middle { top: 50%; transform: translateY(-50%); }
    /* Horizontal: just outside the edge, or half over it with overlap. */
    .after { left: 100%; }
    .before { right: 100%; }
    .overlap.after { left: auto; right: calc(var(--_size) / -2); }
    .overlap.before { right: auto; left: calc(var(--_size) / -2); }
    .centre { left: 50%; transform: translateX(-50%); }
    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `;

  constructor() {
    super(BadgePropsSchema);
  }

  /** Classes for Mesop's position: "above after", "before", "below", ... */
  private positionClasses(): string {
    const pos = POSITIONS.has(this.props.position) ? this.props.position : 'above after';
    const words = pos.split(' ');
    const vertical = words.includes('above') ? 'above' : words.includes('below') ? 'below' : 'middle';
    const horizontal = words.includes('before') ? 'before' : words.includes('after') ? 'after' : 'centre';
    return `${vertical} ${horizontal}`;
  }

  protected override render() {
    const p = this.props;
    const classes = [
      'badge',
      this.positionClasses(),
      SIZES.has(p.size) ? p.size : 'small',
      p.disabled ? 'disabled' : COLORS.has(p.color) ? p.color : 'primary',
      p.overlap ? 'overlap' : '',
      p.hidden || !p.content ? 'hidden' : '',
    ].join(' ');
    const spoken = p.description || p.content;
    return html`<slot></slot><span class=${classes} aria-hidden="true">${p.content}</span>${p.hidden || !spoken
        ? ''
        : html`<span class="sr-only">${spoken}</span>`}`;
  }
}
