// `tab`: the panel of one tab inside `tabs`; the tab group hides all but the
// selected one (the server fills only the selected one anyway).
import { css, html } from 'lit';
import { TabPropsSchema } from '../../../gen/mesopj/components/tab_pb';
import { MesopjElement } from '../base';

export class MesopjTab extends MesopjElement<typeof TabPropsSchema> {
  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
  `;

  constructor() {
    super(TabPropsSchema);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
