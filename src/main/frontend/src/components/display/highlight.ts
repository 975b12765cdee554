// highlight.js with only a handful of languages, shared by `markdown` and
// `code` (bundling all ~190 languages would cost several hundred KB).
// Aliases (html, sh, ts, py, ...) come with their language definitions.
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

for (const [name, lang] of Object.entries({ bash, css, java, javascript, json, python, sql, typescript, xml })) {
  hljs.registerLanguage(name, lang);
}

/** Whether `lang` (a name or alias) is bundled. */
export function isKnownLanguage(lang: string): boolean {
  return !!lang && !!hljs.getLanguage(lang);
}

/**
 * `code` as HTML with highlight.js token spans, or null when the language is
 * not bundled. highlight.js escapes the code text itself.
 */
export function highlightToHtml(code: string, lang: string): string | null {
  return isKnownLanguage(lang) ? hljs.highlight(code, { language: lang, ignoreIllegals: true }).value : null;
}
