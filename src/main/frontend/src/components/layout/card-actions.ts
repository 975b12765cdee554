// `card_actions`: the row of buttons at the end of a card, aligned to its start
// or end.
import { css, html } from 'lit';
import { CardActionsPropsSchema } from '../../../gen/mesopj/components/card_actions_pb';
import { MesopjElement } from '../base';

export class MesopjCardActions extends MesopjElement<typeof CardActionsPropsSchema> {
  static override styles = css`
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
      padding: 8px 16px 16px;
      margin-top: auto;
    }
    :host([data-align='end']) {
      justify-content: flex-end;
    }
  `;

  constructor() {
    super(CardActionsPropsSchema);
  }

  protected override updated(): void {
    this.dataset['align'] = this.props.align === 'end' ? 'end' : 'start';
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
