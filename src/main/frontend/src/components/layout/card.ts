// `card`: a Material 3 card surface (outlined, elevated or filled) around its
// children, usually a card_header, card_content and card_actions.
import { css, html } from 'lit';
import { CardPropsSchema } from '../../../gen/mesopj/components/card_pb';
import { MesopjElement } from '../base';

const APPEARANCES = new Set(['outlined', 'elevated', 'filled']);

export class MesopjCard extends MesopjElement<typeof CardPropsSchema> {
  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      box-sizing: border-box;
      border-radius: 12px;
      overflow: hidden;
      color: var(--md-sys-color-on-surface);
      background: var(--md-sys-color-surface);
      border: 1px solid var(--md-sys-color-outline-variant);
    }
    :host([data-appearance='elevated']) {
      border-color: transparent;
      background: var(--md-sys-color-surface-container-low);
      box-shadow: 0 1px 2px rgb(0 0 0 / 30%), 0 1px 3px 1px rgb(0 0 0 / 15%);
    }
    :host([data-appearance='filled']) {
      border-color: transparent;
      background: var(--md-sys-color-surface-container-highest);
    }
  `;

  constructor() {
    super(CardPropsSchema);
  }

  protected override updated(): void {
    this.dataset['appearance'] = APPEARANCES.has(this.props.appearance) ? this.props.appearance : 'outlined';
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
