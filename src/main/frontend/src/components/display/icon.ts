// `icon`: a Material Symbols ligature in md-icon. The font comes from the
// material-symbols package, bundled and served by the app (styles/fonts.css).
// Its size follows the component's font-size (24px unless styled).
import { css, html } from 'lit';
import '@material/web/icon/icon.js';
import { IconPropsSchema } from '../../../gen/mesopj/components/icon_pb';
import { MesopjElement } from '../base';

export class MesopjIcon extends MesopjElement<typeof IconPropsSchema> {
  static override styles = css`
    :host {
      display: inline-flex;
      vertical-align: middle;
      font-size: 24px;
      line-height: 1;
    }
    md-icon {
      --md-icon-size: 1em;
    }
  `;

  constructor() {
    super(IconPropsSchema);
  }

  protected override render() {
    return html`<md-icon aria-hidden="true">${this.props.icon}</md-icon>`;
  }
}
