// `divider`: md-divider, optionally inset.
import { css, html } from 'lit';
import '@material/web/divider/divider.js';
import { DividerPropsSchema } from '../../../gen/mesopj/components/divider_pb';
import { MesopjElement } from '../base';

export class MesopjDivider extends MesopjElement<typeof DividerPropsSchema> {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  constructor() {
    super(DividerPropsSchema);
  }

  protected override render() {
    return html`<md-divider role="separator" ?inset=${this.props.inset}></md-divider>`;
  }
}
