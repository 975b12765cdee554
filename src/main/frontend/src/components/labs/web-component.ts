// `web_component`: hosts an application's own custom element. It imports the
// app's ES module (a dynamic import(), which the page's CSP allows through
// 'strict-dynamic'), creates the element in its shadow root, sets the server's
// properties on it and turns the DOM events it dispatches into user events
// with the event's detail as JSON. Its own children are projected into the
// element's default slot.
import { css, html, nothing } from 'lit';
import { create } from '@bufbuild/protobuf';
import type { WebComponentProps } from '../../../gen/mesopj/components/web_component_pb';
import { WebComponentPropsSchema } from '../../../gen/mesopj/components/web_component_pb';
import { WebComponentPayloadSchema } from '../../../gen/mesopj/ui_pb';
import { readConfig } from '../../config';
import { MesopjElement } from '../base';

const TAG = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;
const PROPERTY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const EVENT = /^[A-Za-z][A-Za-z0-9_.:-]*$/;
const MODULE = /^(\/[A-Za-z0-9_][A-Za-z0-9._-]*)+\.m?js$/;
const OBJECT_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Mesop's rule, checked again here: names that can load or run code are never set or listened to. */
export function isSafeName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower !== 'src' && lower !== 'srcdoc' && !lower.startsWith('on') && !OBJECT_KEYS.has(name);
}

/** The module's URL on this origin, or null if the path is not an app module path. */
export function moduleUrl(contextPath: string, path: string): URL | null {
  if (!MODULE.test(path) || path.includes('..')) return null;
  const url = new URL(contextPath + path, location.origin);
  return url.origin === location.origin ? url : null;
}

export class MesopjWebComponent extends MesopjElement<typeof WebComponentPropsSchema> {
  static override properties = { ...MesopjElement.properties, inner: { state: true }, failure: { state: true } };

  static override styles = css`
    :host {
      display: block;
    }
    .failure {
      padding: 8px 12px;
      border: 2px dashed var(--md-sys-color-error);
      border-radius: 8px;
      color: var(--md-sys-color-error);
      font: 500 0.875rem / 1.25rem var(--md-ref-typeface-plain, Roboto, sans-serif);
    }
  `;

  declare inner: HTMLElement | null;
  declare failure: string;
  private loadedFrom = '';
  // Property values last set on the element, as JSON, to set only what changed.
  private applied = new Map<string, string>();
  private listeners = new Map<string, EventListener>();

  constructor() {
    super(WebComponentPropsSchema);
    this.inner = null;
    this.failure = '';
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (!changed.has('props')) return;
    const p = this.props;
    const from = `${p.tag} ${p.modulePath}`;
    if (from !== this.loadedFrom) {
      this.loadedFrom = from;
      void this.load(p);
    } else if (this.inner) {
      this.wire(this.inner);
    }
  }

  private fail(message: string): void {
    console.error(`mesopj: web component <${this.props.tag}>: ${message}`);
    this.failure = message;
  }

  private async load(p: WebComponentProps): Promise<void> {
    this.failure = '';
    if (!TAG.test(p.tag) || p.tag.startsWith('mesopj-')) return this.fail('not a custom element name');
    const url = moduleUrl(readConfig().contextPath, p.modulePath);
    if (!url) return this.fail(`refusing to load module ${p.modulePath}`);
    try {
      await import(url.href);
    } catch (e) {
      return this.fail(`cannot load ${url.pathname}: ${e}`);
    }
    if (this.loadedFrom !== `${p.tag} ${p.modulePath}`) return; // props changed while loading
    if (!customElements.get(p.tag)) return this.fail(`${url.pathname} does not define <${p.tag}>`);
    const el = document.createElement(p.tag);
    el.append(document.createElement('slot')); // this element's children go to its default slot
    this.applied.clear();
    this.listeners.clear();
    this.wire(el);
    this.inner = el;
  }

  /** Sets changed properties and (re)binds event listeners from the current props. */
  private wire(el: HTMLElement): void {
    const p = this.props;
    let values: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(p.propertiesJson || '{}');
      values = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
    } catch {
      values = {};
    }
    const target = el as unknown as Record<string, unknown>;
    for (const [name, value] of Object.entries(values)) {
      if (!PROPERTY.test(name) || !isSafeName(name)) {
        console.error(`mesopj: refusing to set web component property ${name}`);
        continue;
      }
      const json = JSON.stringify(value);
      if (this.applied.get(name) !== json) {
        this.applied.set(name, json);
        target[name] = value;
      }
    }
    for (const name of [...this.applied.keys()]) {
      if (!Object.hasOwn(values, name)) {
        this.applied.delete(name);
        target[name] = undefined;
      }
    }
    for (const [name, listener] of this.listeners) {
      if (!Object.hasOwn(p.events, name)) {
        el.removeEventListener(name, listener);
        this.listeners.delete(name);
      }
    }
    for (const name of Object.keys(p.events)) {
      if (this.listeners.has(name)) continue;
      if (!EVENT.test(name) || !isSafeName(name) || name.toLowerCase().startsWith('mesopj')) {
        console.error(`mesopj: refusing to listen to web component event ${name}`);
        continue;
      }
      const listener = (e: Event) => this.forward(name, e);
      el.addEventListener(name, listener);
      this.listeners.set(name, listener);
    }
  }

  private forward(name: string, e: Event): void {
    const handlerId = this.props.events[name];
    if (!handlerId) return;
    let json: string;
    try {
      json = JSON.stringify((e as CustomEvent).detail ?? null) ?? 'null';
    } catch (err) {
      console.error(`mesopj: the detail of web component event ${name} is not JSON-able`, err);
      return;
    }
    this.emit(handlerId, { case: 'webComponent', value: create(WebComponentPayloadSchema, { json }) });
  }

  protected override render() {
    if (this.failure) return html`<div class="failure">Web component &lt;${this.props.tag}&gt;: ${this.failure}</div>`;
    return this.inner ?? nothing;
  }
}
