// `markdown`: GitHub-flavoured markdown rendered by marked, code highlighted by
// highlight.js, sanitised by DOMPurify and inserted through the "mesopj"
// Trusted Types policy (never through Lit's unsafeHTML, whose policy does not
// sanitise).
import { html } from 'lit';
import { Marked } from 'marked';
import { markedHighlight } from 'marked-highlight';
import { MarkdownPropsSchema } from '../../../gen/mesopj/components/markdown_pb';
import { setSanitizedHtml } from '../../trusted-types';
import { MesopjElement } from '../base';
import { highlightToHtml } from './highlight';
import { withoutInlineStylesAndHandlers } from './inline-code-filter';
import { markdownStyles } from './markdown-styles';

const marked = new Marked(
  markedHighlight({
    emptyLangClass: 'hljs',
    langPrefix: 'hljs language-',
    // Unknown languages come back unchanged, and marked-highlight escapes them.
    highlight: (code, lang) => highlightToHtml(code, lang) ?? code,
  }),
  { gfm: true, async: false },
);

export function markdownToHtml(text: string): string {
  return marked.parse(text, { async: false });
}

export class MesopjMarkdown extends MesopjElement<typeof MarkdownPropsSchema> {
  static override styles = markdownStyles;

  private renderedText: string | undefined;

  constructor() {
    super(MarkdownPropsSchema);
  }

  protected override render() {
    // Lit owns only the container; its content is set in updated().
    return html`<div class="markdown"></div><slot></slot>`;
  }

  protected override updated(): void {
    const text = this.props.text;
    if (text === this.renderedText) return;
    const container = this.renderRoot.querySelector('.markdown');
    if (!container) return;
    // Raw HTML in markdown may carry styles and handlers: dropped before
    // sanitising so that parsing them does not report CSP violations.
    setSanitizedHtml(container, withoutInlineStylesAndHandlers(markdownToHtml(text)));
    this.renderedText = text;
  }
}
