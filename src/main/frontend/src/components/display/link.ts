// `link`: an anchor. The server only sends http(s) URLs and relative paths;
// the client checks again so that nothing else becomes a live href. New-tab
// links always carry rel="noopener" (as Mesop's do).
import { css, html, nothing } from 'lit';
import { LinkPropsSchema } from '../../../gen/mesopj/components/link_pb';
import { MesopjElement } from '../base';
import { appUrl, isWebUrl } from './app-url';

export class MesopjLink extends MesopjElement<typeof LinkPropsSchema> {
  static override styles = css`
    :host {
      display: inline;
      color: var(--md-sys-color-primary);
      text-decoration: underline;
    }
    a {
      color: inherit;
      font: inherit;
      text-decoration: inherit;
      border-radius: 2px;
    }
    a:hover {
      text-decoration-thickness: 2px;
    }
    a:focus-visible {
      outline: 2px solid var(--md-sys-color-primary);
      outline-offset: 2px;
    }
  `;

  constructor() {
    super(LinkPropsSchema);
  }

  protected override render() {
    const p = this.props;
    const url = appUrl(p.url);
    const href = isWebUrl(url) ? url : nothing;
    return html`<a
      href=${href}
      target=${p.newTab ? '_blank' : '_self'}
      rel="noopener"
      >${p.text}</a
    >`;
  }
}
