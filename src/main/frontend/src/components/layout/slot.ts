// `slot`: puts its children into a named slot of the parent element (a
// sidenav's drawer, a dialog's actions). It makes no box of its own, so the
// parent's slot container lays the children out directly.
import { css, html } from 'lit';
import { SlotPropsSchema } from '../../../gen/mesopj/components/slot_pb';
import { MesopjElement } from '../base';

export class MesopjSlot extends MesopjElement<typeof SlotPropsSchema> {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  constructor() {
    super(SlotPropsSchema);
  }

  protected override willUpdate(): void {
    this.slot = this.props.name;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
