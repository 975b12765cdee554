// `html`: application HTML. Sanitised mode (default) drops inline styles,
// <style> and event handlers (see inline-code-filter.ts; the CSP would block
// them anyway), then inserts the rest through the "mesopj" Trusted Types
// policy, which is DOMPurify: no scripts, handlers or javascript: URLs.
// Sandboxed mode shows the HTML unchanged in an isolated iframe (see
// sandbox-frame.ts).
import { css, html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { HtmlPropsSchema } from '../../../gen/mesopj/components/html_pb';
import { setSanitizedHtml } from '../../trusted-types';
import { MesopjElement } from '../base';
import { withoutInlineStylesAndHandlers } from './inline-code-filter';
import { isIsolatedFrame, pageNonce, sandboxFrameMarkup } from './sandbox-frame';

export class MesopjHtml extends MesopjElement<typeof HtmlPropsSchema> {
  static override styles = css`
    :host {
      display: block;
    }
    :host([data-mode='sandboxed']) {
      height: 150px;
    }
    iframe {
      display: block;
      width: 100%;
      height: 100%;
      border: 0;
    }
    .html > :first-child { margin-top: 0; }
    .html > :last-child { margin-bottom: 0; }
    a { color: var(--md-sys-color-primary); }
    img { max-width: 100%; }
  `;

  // What the sanitised container holds, so an update with the same HTML does not redo it.
  private rendered: { container: Element; html: string } | undefined;

  constructor() {
    super(HtmlPropsSchema);
  }

  private get sandboxed(): boolean {
    return this.props.mode === 'sandboxed';
  }

  protected override willUpdate(): void {
    this.dataset['mode'] = this.sandboxed ? 'sandboxed' : 'sanitized';
  }

  protected override render() {
    if (this.sandboxed) {
      return html`${unsafeHTML(sandboxFrameMarkup(this.props.html, pageNonce()))}`;
    }
    return html`<div class="html"></div>`;
  }

  protected override updated(): void {
    if (this.sandboxed) {
      const frame = this.renderRoot.querySelector('iframe');
      if (!isIsolatedFrame(frame)) {
        frame?.remove(); // never show a frame that is not isolated
        console.error('mesopj: sandboxed html frame did not parse as expected; not shown');
      }
      return;
    }
    const container = this.renderRoot.querySelector('.html');
    if (!container) return;
    if (this.rendered?.container === container && this.rendered.html === this.props.html) return;
    setSanitizedHtml(container, withoutInlineStylesAndHandlers(this.props.html));
    this.rendered = { container, html: this.props.html };
  }
}
