// Typography for rendered markdown (plus the shared highlight.js token colours),
// as Lit static styles (adoptedStyleSheets, allowed by the CSP's style-src).
import { css } from 'lit';
import { highlightStyles } from './highlight-styles';

export const markdownStyles = [
  highlightStyles,
  css`
  :host {
    display: block;
    font: var(--mesopj-body-font, 400 1rem / 1.5 Roboto, system-ui, sans-serif);
    color: inherit;
    overflow-wrap: break-word;
  }
  .markdown > :first-child { margin-top: 0; }
  .markdown > :last-child { margin-bottom: 0; }
  h1, h2, h3, h4, h5, h6 { margin: 1.2em 0 0.5em; line-height: 1.25; font-weight: 500; }
  h1 { font-size: 2rem; }
  h2 { font-size: 1.5rem; }
  h3 { font-size: 1.25rem; }
  h4 { font-size: 1.125rem; }
  h5, h6 { font-size: 1rem; }
  p, ul, ol, table, pre, blockquote { margin: 0 0 0.875em; }
  ul, ol { padding-left: 1.75em; }
  li + li { margin-top: 0.25em; }
  a { color: var(--md-sys-color-primary); }
  hr { border: none; border-top: 1px solid var(--md-sys-color-outline-variant); margin: 1.5em 0; }
  img { max-width: 100%; }
  blockquote {
    padding: 0 1em;
    border-left: 4px solid var(--md-sys-color-outline-variant);
    color: var(--md-sys-color-on-surface-variant);
  }
  table { border-collapse: collapse; display: block; overflow-x: auto; }
  th, td { border: 1px solid var(--md-sys-color-outline-variant); padding: 6px 12px; text-align: left; }
  th { background: var(--md-sys-color-surface-container); font-weight: 500; }
  code {
    font-family: var(--mesopj-mono-font, ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace);
    font-size: 0.875em;
    background: var(--md-sys-color-surface-container-high);
    border-radius: 4px;
    padding: 0.15em 0.35em;
  }
  pre {
    background: var(--md-sys-color-surface-container);
    border-radius: 8px;
    padding: 12px 16px;
    overflow-x: auto;
    line-height: 1.45;
  }
  pre code { background: none; padding: 0; border-radius: 0; font-size: 0.875rem; }
`,
];
