// `code`: a block of code highlighted by highlight.js. The token spans are
// highlight.js output over escaped text, inserted through the sanitising
// "mesopj" Trusted Types policy like everything else.
import { css, html } from 'lit';
import { CodePropsSchema } from '../../../gen/mesopj/components/code_pb';
import { setSanitizedHtml } from '../../trusted-types';
import { MesopjElement } from '../base';
import { highlightToHtml } from './highlight';
import { highlightStyles } from './highlight-styles';

export class MesopjCode extends MesopjElement<typeof CodePropsSchema> {
  static override styles = [
    highlightStyles,
    css`
      :host {
        display: block;
      }
      pre {
        margin: 0;
        background: var(--md-sys-color-surface-container);
        color: var(--md-sys-color-on-surface);
        border-radius: 8px;
        padding: 12px 16px;
        overflow-x: auto;
        line-height: 1.45;
      }
      code {
        font-family: var(--mesopj-mono-font, ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace);
        font-size: 0.875rem;
      }
    `,
  ];

  private rendered: { code: string; language: string } | undefined;

  constructor() {
    super(CodePropsSchema);
  }

  protected override render() {
    // Lit owns the frame; the code element's content is set in updated().
    return html`<pre><code></code></pre>`;
  }

  protected override updated(): void {
    const { code, language } = this.props;
    if (this.rendered?.code === code && this.rendered.language === language) return;
    const el = this.renderRoot.querySelector('code');
    if (!el) return;
    const highlighted = highlightToHtml(code, language);
    if (highlighted === null) {
      el.textContent = code; // unknown language: plain text
      el.className = '';
    } else {
      setSanitizedHtml(el, highlighted);
      el.className = `hljs language-${language}`;
    }
    this.rendered = { code, language };
  }
}
