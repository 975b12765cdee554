// <demo-counter>: the demo WAR's example web component. Plain DOM (no
// framework, no innerHTML, styles through adoptedStyleSheets), so it runs
// under mesopj's strict CSP and Trusted Types.
//
// Properties: value (number), label (string).
// Events: "increment" and "decrement", a CustomEvent whose detail is
// {value: the value asked for}. The element does not change its own value:
// the server answers with a new `value` property.
const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  :host {
    display: inline-flex;
    align-items: center;
    gap: 12px;
    padding: 8px 12px;
    border-radius: 999px;
    background: var(--md-sys-color-secondary-container, #e8def8);
    color: var(--md-sys-color-on-secondary-container, #1d192b);
    font: 500 1rem / 1.5rem Roboto, system-ui, sans-serif;
  }
  button {
    width: 36px;
    height: 36px;
    border: none;
    border-radius: 50%;
    background: var(--md-sys-color-primary, #6750a4);
    color: var(--md-sys-color-on-primary, #fff);
    font: 500 1.25rem / 1 Roboto, system-ui, sans-serif;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 2px solid var(--md-sys-color-primary, #6750a4);
    outline-offset: 2px;
  }
  output {
    min-width: 2ch;
    text-align: center;
    font-variant-numeric: tabular-nums;
  }
`);

class DemoCounter extends HTMLElement {
  #value = 0;
  #label;
  #output;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    this.#label = document.createElement('span');
    this.#label.part = 'label';
    this.#output = document.createElement('output');
    this.#output.setAttribute('aria-live', 'polite');
    const less = this.#button('−', 'Decrease', 'decrement', -1);
    const more = this.#button('+', 'Increase', 'increment', 1);
    root.append(this.#label, less, this.#output, more, document.createElement('slot'));
    this.label = 'Count';
    this.#render();
  }

  #button(text, name, event, delta) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.setAttribute('aria-label', name);
    b.addEventListener('click', () => {
      this.dispatchEvent(new CustomEvent(event, { detail: { value: this.#value + delta }, bubbles: true, composed: true }));
    });
    return b;
  }

  get value() {
    return this.#value;
  }

  set value(v) {
    this.#value = Number(v) || 0;
    this.#render();
  }

  get label() {
    return this.#label.textContent;
  }

  set label(text) {
    this.#label.textContent = text == null ? '' : String(text);
  }

  #render() {
    this.#output.textContent = String(this.#value);
  }
}

if (!customElements.get('demo-counter')) customElements.define('demo-counter', DemoCounter);
