// `accordion`: expansion panels drawn as one group. Unless multi, a panel that
// the user opens first closes the others (see expansion-panel.ts).
import { css, html } from 'lit';
import { AccordionPropsSchema } from '../../../gen/mesopj/components/accordion_pb';
import { MesopjElement } from '../base';
import { MesopjExpansionPanel, type PanelGroup } from './expansion-panel';

export class MesopjAccordion extends MesopjElement<typeof AccordionPropsSchema> implements PanelGroup {
  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
    }
    ::slotted(mesopj-expansion-panel) {
      border-radius: 0;
      border-top: 1px solid var(--md-sys-color-outline-variant);
    }
    ::slotted(mesopj-expansion-panel:first-child) {
      border-top: none;
      border-top-left-radius: 12px;
      border-top-right-radius: 12px;
    }
    ::slotted(mesopj-expansion-panel:last-child) {
      border-bottom-left-radius: 12px;
      border-bottom-right-radius: 12px;
    }
    /* An open panel stands apart from its neighbours. */
    ::slotted(mesopj-expansion-panel[data-open]) {
      margin: 12px 0;
      border-top-color: transparent;
      border-radius: 12px;
    }
    ::slotted(mesopj-expansion-panel[data-open]:first-child) {
      margin-top: 0;
    }
    ::slotted(mesopj-expansion-panel[data-open]:last-child) {
      margin-bottom: 0;
    }
  `;

  constructor() {
    super(AccordionPropsSchema);
  }

  panelOpening(panel: MesopjExpansionPanel): void {
    if (this.props.multi) return;
    for (const child of this.children) {
      if (child !== panel && child instanceof MesopjExpansionPanel) child.closeByGroup();
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
