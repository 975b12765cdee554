// `button`: a Material 3 button; kind picks the variant, color re-points the
// primary colour tokens. Shows the label, or the slotted children without one.
import { css, nothing } from 'lit';
import { html, literal, type StaticValue } from 'lit/static-html.js';
import { create } from '@bufbuild/protobuf';
import '@material/web/button/elevated-button.js';
import '@material/web/button/filled-button.js';
import '@material/web/button/outlined-button.js';
import '@material/web/button/text-button.js';
import '@material/web/iconbutton/icon-button.js';
import '@material/web/icon/icon.js';
import { ButtonPropsSchema } from '../../../gen/mesopj/components/button_pb';
import { ClickPayloadSchema } from '../../../gen/mesopj/ui_pb';
import { MesopjElement, delegatingShadowRoot } from '../base';

const TAGS: Record<string, StaticValue> = {
  raised: literal`md-elevated-button`,
  flat: literal`md-filled-button`,
  stroked: literal`md-outlined-button`,
  text: literal`md-text-button`,
};

const COLORS = new Set(['primary', 'accent', 'warn']);

export class MesopjButton extends MesopjElement<typeof ButtonPropsSchema> {
  static override shadowRootOptions = delegatingShadowRoot;

  static override styles = css`
    :host {
      display: inline-block;
      vertical-align: middle;
      /* Density: each step of --mesopj-density is 4px of height. */
      --_height: calc(40px + var(--mesopj-density, 0) * 4px);
      --md-elevated-button-container-height: var(--_height);
      --md-filled-button-container-height: var(--_height);
      --md-outlined-button-container-height: var(--_height);
      --md-text-button-container-height: var(--_height);
    }
    /* Content (a button without a label) lines up in a row: icon and text, say. */
    .content {
      display: inline-flex;
      align-items: center;
      gap: 8px;
    }
    .accent {
      --md-sys-color-primary: var(--md-sys-color-tertiary);
      --md-sys-color-on-primary: var(--md-sys-color-on-tertiary);
    }
    .warn {
      --md-sys-color-primary: var(--md-sys-color-error);
      --md-sys-color-on-primary: var(--md-sys-color-on-error);
    }
    .accent,
    .warn,
    .primary {
      --md-icon-button-icon-color: var(--md-sys-color-primary);
      --md-icon-button-hover-icon-color: var(--md-sys-color-primary);
      --md-icon-button-focus-icon-color: var(--md-sys-color-primary);
      --md-icon-button-pressed-icon-color: var(--md-sys-color-primary);
    }
  `;

  constructor() {
    super(ButtonPropsSchema);
  }

  private onClick(e: MouseEvent): void {
    const p = this.props;
    if (p.disabled) return;
    const rect = this.getBoundingClientRect();
    const click = create(ClickPayloadSchema, {
      isTarget: true,
      clientX: e.clientX,
      clientY: e.clientY,
      offsetX: e.clientX - rect.left,
      offsetY: e.clientY - rect.top,
    });
    this.emit(p.onClick, { case: 'click', value: click });
  }

  protected override render() {
    const p = this.props;
    const color = COLORS.has(p.color) ? p.color : '';
    if (p.kind === 'icon') {
      // An icon button's label is the Material Symbols icon name (a ligature).
      return html`<md-icon-button
        class=${color}
        ?disabled=${p.disabled}
        aria-label=${p.label || nothing}
        @click=${this.onClick}
        >${p.label ? html`<md-icon>${p.label}</md-icon>` : html`<slot></slot>`}</md-icon-button
      >`;
    }
    const tag = TAGS[p.kind] ?? TAGS['text']!;
    return html`<${tag} class=${color} ?disabled=${p.disabled} @click=${this.onClick}
      >${p.label ? p.label : html`<span class="content"><slot></slot></span>`}</${tag}>`;
  }
}
