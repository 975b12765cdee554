// highlight.js token colours from theme variables (light/dark), shared by
// `markdown` and `code`.
import { css } from 'lit';

export const highlightStyles = css`
  .hljs-comment, .hljs-quote { color: var(--mesopj-code-comment); font-style: italic; }
  .hljs-keyword, .hljs-selector-tag, .hljs-literal, .hljs-doctag, .hljs-meta .hljs-keyword {
    color: var(--mesopj-code-keyword);
  }
  .hljs-string, .hljs-regexp, .hljs-addition, .hljs-meta .hljs-string { color: var(--mesopj-code-string); }
  .hljs-number, .hljs-symbol, .hljs-bullet, .hljs-variable, .hljs-template-variable { color: var(--mesopj-code-number); }
  .hljs-title, .hljs-section, .hljs-title.function_ { color: var(--mesopj-code-title); }
  .hljs-type, .hljs-built_in, .hljs-title.class_, .hljs-attr, .hljs-attribute, .hljs-name, .hljs-selector-class,
  .hljs-selector-id { color: var(--mesopj-code-type); }
  .hljs-meta, .hljs-tag, .hljs-subst { color: var(--mesopj-code-meta); }
  .hljs-deletion { color: var(--md-sys-color-error); }
  .hljs-emphasis { font-style: italic; }
  .hljs-strong { font-weight: 700; }
`;
