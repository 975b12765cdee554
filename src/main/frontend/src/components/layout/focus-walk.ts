// Finds the keyboard-focusable elements under a root in the order the user
// tabs through them, across shadow roots and slots (the composed tree), so a
// focus trap can wrap from the last to the first and back.
const NATIVE = 'button, input:not([type="hidden"]), select, textarea, a[href], [contenteditable=""], [contenteditable="true"]';

function isTabbable(el: Element): el is HTMLElement {
  if (!(el instanceof HTMLElement)) return false;
  const focusable = el.hasAttribute('tabindex') ? el.tabIndex >= 0 : el.matches(NATIVE);
  if (!focusable || el.matches(':disabled') || el.closest('[inert]')) return false;
  return el.checkVisibility({ visibilityProperty: true });
}

/** The children of `node` as rendered: a shadow root's, or a slot's assigned elements. */
function renderedChildren(node: Element | ShadowRoot): Element[] {
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedElements({ flatten: true });
    return assigned.length ? assigned : [...node.children]; // fallback content
  }
  if (node instanceof Element && node.shadowRoot) return [...node.shadowRoot.children];
  return [...node.children];
}

/** Tabbable elements under `root`, in composed-tree order. */
export function tabbables(root: Element | ShadowRoot): HTMLElement[] {
  const out: HTMLElement[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of renderedChildren(node)) {
      if (isTabbable(child)) out.push(child);
      walk(child);
    }
  };
  walk(root);
  return out;
}
