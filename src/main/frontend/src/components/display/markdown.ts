// `markdown`: GitHub-flavoured markdown rendered by marked, code highlighted by
// highlight.js, sanitised by DOMPurify and inserted through the "mesopj"
// Trusted Types policy (never through Lit's unsafeHTML, whose policy does not
// sanitise).
import { html } from 'lit';
import { Marked } from 'marked';
import { markedHighlight } from 'marked-highlight';
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import css from 'highlight.js/lib/languages/css';
import java from 'highlight.js/lib/languages/java';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import python from 'highlight.js/lib/languages/python';
import sql from 'highlight.js/lib/languages/sql';
import typescript from 'highlight.js/lib/languages/typescript';
import xml from 'highlight.js/lib/languages/xml';
import { MarkdownPropsSchema } from '../../../gen/mesopj/components/markdown_pb';
import { setSanitizedHtml } from '../../trusted-types';
import { MesopjElement } from '../base';
import { markdownStyles } from './markdown-styles';

// Only a handful of languages, to keep the bundle small; aliases (html, sh,
// ts, ...) come with their language definitions.
for (const [name, lang] of Object.entries({ bash, css, java, javascript, json, python, sql, typescript, xml })) {
  hljs.registerLanguage(name, lang);
}

const marked = new Marked(
  markedHighlight({
    emptyLangClass: 'hljs',
    langPrefix: 'hljs language-',
    // Unknown languages come back unchanged, and marked-highlight escapes them.
    highlight: (code, lang) => (lang && hljs.getLanguage(lang) ? hljs.highlight(code, { language: lang }).value : code),
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
    setSanitizedHtml(container, markdownToHtml(text));
    this.renderedText = text;
  }
}
