// The one Trusted Types policy of the client. The page's CSP only allows the
// policies "lit-html", "mesopj" and "dompurify", and every HTML string the
// client inserts itself goes through here: the policy *is* the sanitiser, so a
// TrustedHTML from it is always DOMPurify's output.
import DOMPurify from 'dompurify';

// Plain HTML only: no SVG/MathML, which markdown never needs.
const PURIFY_CONFIG = { USE_PROFILES: { html: true } };

const sanitize = (dirty: string): string => DOMPurify.sanitize(dirty, PURIFY_CONFIG);

// Created once per page: the CSP has no 'allow-duplicates', and a second
// createPolicy('mesopj') would throw.
const policy: Pick<TrustedTypePolicy, 'createHTML'> | null =
  typeof window !== 'undefined' && window.trustedTypes
    ? window.trustedTypes.createPolicy('mesopj', { createHTML: sanitize })
    : null;

/** Sanitises `dirty` and returns it in a form that Trusted Types sinks accept. */
export function sanitizedHtml(dirty: string): TrustedHTML | string {
  return policy ? policy.createHTML(dirty) : sanitize(dirty);
}

/** Replaces the content of `el` with sanitised HTML. */
export function setSanitizedHtml(el: Element, dirty: string): void {
  // Element.innerHTML is typed as string in lib.dom, but accepts TrustedHTML.
  (el as { innerHTML: TrustedHTML | string }).innerHTML = sanitizedHtml(dirty);
}
