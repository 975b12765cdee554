// Removes inline event handlers (on*="..."), style attributes and <style>
// elements from an HTML string *before* it is parsed for sanitising.
//
// Why: Chrome checks the page's CSP while it parses, even into an inert
// document such as DOMParser's or a <template>'s. Every onerror=, style= or
// <style> that DOMPurify parses (in order to remove it) is reported as a CSP
// violation with a console error, though nothing runs. Dropping them from the
// text first keeps the console clean. This is not the security boundary:
// DOMPurify still sanitises the result, so a tag this small tokenizer reads
// differently from the browser costs at most a console message.
//
// It follows the HTML tokenizer's rules for start tags (tag name, attribute
// names, quoted and unquoted values), comments and raw-text elements.

const RAW_TEXT = new Set(['script', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
const WS = /[\t\n\f\r ]/;

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z]/.test(c);
}

/** Index of `needle` (case-insensitive) at or after `from`, or the end of `s`. */
function findCi(s: string, needle: string, from: number): number {
  const i = s.toLowerCase().indexOf(needle, from);
  return i < 0 ? s.length : i;
}

function dropAttribute(name: string): boolean {
  const n = name.toLowerCase();
  return n === 'style' || n.startsWith('on');
}

export function withoutInlineStylesAndHandlers(html: string): string {
  let out = '';
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    i = lt;
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      const stop = end < 0 ? n : end + 3;
      out += html.slice(i, stop);
      i = stop;
    } else if (html[i + 1] === '!' || html[i + 1] === '?' || (html[i + 1] === '/' && isLetter(html[i + 2]))) {
      // doctype, bogus comment or end tag: kept as they are, up to the next '>'
      const end = html.indexOf('>', i);
      const stop = end < 0 ? n : end + 1;
      out += html.slice(i, stop);
      i = stop;
    } else if (isLetter(html[i + 1])) {
      i = startTag(html, i, (s) => (out += s));
    } else {
      out += '<';
      i++;
    }
  }
  return out;
}

/** Copies one start tag (minus dropped attributes, or all of a <style> element) and returns where it ends. */
function startTag(html: string, start: number, emit: (s: string) => void): number {
  const n = html.length;
  let i = start + 1;
  while (i < n && !WS.test(html[i]!) && html[i] !== '/' && html[i] !== '>') i++;
  const name = html.slice(start + 1, i).toLowerCase();
  let tag = html.slice(start, i);
  while (i < n && html[i] !== '>') {
    const c = html[i]!;
    if (WS.test(c) || c === '/') {
      tag += c;
      i++;
      continue;
    }
    // One attribute: name, then optionally = and a value.
    const attrStart = i;
    i++; // the first character belongs to the name, even '='
    while (i < n && !WS.test(html[i]!) && html[i] !== '/' && html[i] !== '>' && html[i] !== '=') i++;
    const attrName = html.slice(attrStart, i);
    let j = i;
    while (j < n && WS.test(html[j]!)) j++;
    if (html[j] === '=') {
      j++;
      while (j < n && WS.test(html[j]!)) j++;
      const q = html[j];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, j + 1);
        j = close < 0 ? n : close + 1;
      } else {
        while (j < n && !WS.test(html[j]!) && html[j] !== '>') j++;
      }
      i = j;
    }
    if (!dropAttribute(attrName)) tag += html.slice(attrStart, i);
  }
  if (i < n) {
    tag += '>';
    i++;
  }
  if (name === 'style') {
    // The whole element goes: its CSS would be reported too.
    const close = findCi(html, '</style', i);
    const end = html.indexOf('>', close);
    return end < 0 ? n : end + 1;
  }
  emit(tag);
  if (RAW_TEXT.has(name)) {
    // Raw text: no tags inside until the matching end tag.
    const close = findCi(html, '</' + name, i);
    emit(html.slice(i, close));
    return close;
  }
  return i;
}
