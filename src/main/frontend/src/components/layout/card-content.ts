// `card_content`: the padded body of a card.
import { css, html } from 'lit';
import { CardContentPropsSchema } from '../../../gen/mesopj/components/card_content_pb';
import { MesopjElement } from '../base';

export class MesopjCardContent extends MesopjElement<typeof CardContentPropsSchema> {
  static override styles = css`
    :host {
      display: block;
      padding: 16px;
      font: 400 0.875rem / 1.25rem var(--md-ref-typeface-plain, Roboto, sans-serif);
      color: var(--md-sys-color-on-surface-variant);
    }
  `;

  constructor() {
    super(CardContentPropsSchema);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
