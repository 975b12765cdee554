// The markup of a sandboxed-HTML frame: `<iframe sandbox srcdoc>` without
// allow-same-origin, so the app's HTML runs in an opaque origin that cannot
// touch this page, its cookies or its storage.
//
// Why it is built as markup: iframe.srcdoc is a Trusted Types sink, and the
// only policies the CSP allows sanitise (which would strip the very scripts
// sandbox mode exists for). So the element is parsed from a fixed template
// through Lit (its "lit-html" policy), with the app's HTML only inside the
// escaped srcdoc attribute. The caller checks the parsed element's sandbox.
//
// Why scripts get the page's nonce: a srcdoc document inherits this page's CSP,
// which runs only scripts and styles with the nonce. Stamping it on the app's
// <script> and <style> elements lets them run, inside the isolated frame.

export const SANDBOX = 'allow-scripts allow-forms';

/** The page's CSP nonce (the client bundle's script carries it). */
export function pageNonce(doc: Document = document): string {
  return doc.querySelector<HTMLScriptElement>('script[nonce]')?.nonce ?? '';
}

/** `html` with `nonce` on every <script> and <style> start tag (a first attribute wins over a later duplicate). */
export function withNonce(html: string, nonce: string): string {
  if (!nonce || !/^[A-Za-z0-9+/=_-]+$/.test(nonce)) return html;
  return html.replace(/<(script|style)(?=[\s/>])/gi, (_m, tag: string) => `<${tag} nonce="${nonce}"`);
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Markup of the iframe: fixed but for the escaped srcdoc. */
export function sandboxFrameMarkup(html: string, nonce: string): string {
  return `<iframe sandbox="${SANDBOX}" title="Sandboxed content" srcdoc="${escapeAttribute(withNonce(html, nonce))}"></iframe>`;
}

/** Whether a parsed frame is exactly what sandboxFrameMarkup promises. */
export function isIsolatedFrame(el: HTMLIFrameElement | null): boolean {
  return (
    el !== null &&
    el.getAttribute('sandbox') === SANDBOX &&
    !el.sandbox.contains('allow-same-origin') &&
    !el.hasAttribute('src')
  );
}
