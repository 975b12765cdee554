// Applies a Component's Style through CSSOM. The CSP forbids style attributes
// parsed from markup, but el.style.setProperty is always allowed.
import type { Style } from '../gen/mesopj/ui_pb';

// Property names each element got from the server, so a new Style can remove
// what the old one set without touching anything else.
const applied = new WeakMap<HTMLElement, string[]>();

/** CSS property name as setProperty wants it: "flexDirection" -> "flex-direction". */
function cssName(property: string): string {
  const p = property.trim();
  if (p.startsWith('--')) return p; // custom properties are case-sensitive
  return p.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
}

/** Makes `style` the element's whole inline style (undefined = no style). */
export function applyStyle(el: HTMLElement, style: Style | undefined): void {
  const next = new Map<string, string>();
  for (const d of style?.declarations ?? []) {
    if (d.property) next.set(cssName(d.property), d.value);
  }
  for (const name of applied.get(el) ?? []) {
    if (!next.has(name)) el.style.removeProperty(name);
  }
  for (const [name, raw] of next) {
    // "!important" is a priority flag for setProperty, not part of the value.
    const m = /^(.*?)\s*!important\s*$/i.exec(raw);
    el.style.setProperty(name, m ? m[1]! : raw, m ? 'important' : '');
  }
  if (next.size) applied.set(el, [...next.keys()]);
  else applied.delete(el);
}

/** Removes every inline style the server had set on the element. */
export function clearStyle(el: HTMLElement): void {
  applyStyle(el, undefined);
}
