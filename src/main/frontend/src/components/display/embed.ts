// `embed`: another page in an iframe, sandboxed with Mesop's attributes. The
// server only sends http(s) URLs and app paths; the client checks again.
import { css, html, nothing } from 'lit';
import { EmbedPropsSchema } from '../../../gen/mesopj/components/embed_pb';
import { MesopjElement } from '../base';
import { appUrl, isWebUrl } from './app-url';

const SANDBOX = [
  'allow-same-origin', 'allow-scripts', 'allow-forms', 'allow-popups',
  'allow-popups-to-escape-sandbox', 'allow-storage-access-by-user-activation',
].join(' ');

export class MesopjEmbed extends MesopjElement<typeof EmbedPropsSchema> {
  static override styles = css`
    :host {
      display: block;
      width: 100%;
      height: 400px;
    }
    iframe {
      display: block;
      width: 100%;
      height: 100%;
      border: 0;
      border-radius: inherit;
    }
  `;

  constructor() {
    super(EmbedPropsSchema);
  }

  protected override render() {
    const url = appUrl(this.props.src);
    return html`<iframe
      sandbox=${SANDBOX}
      src=${isWebUrl(url) ? url : nothing}
      title="Embedded page"
      referrerpolicy="strict-origin-when-cross-origin"
    ></iframe>`;
  }
}
