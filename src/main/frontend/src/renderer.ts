// Builds DOM from Component protos and applies TreePatches. A parallel tree of
// records mirrors the component tree, so patch paths (child indexes) resolve
// without guessing from the DOM.
import { fromBinary } from '@bufbuild/protobuf';
import type { ChildrenUpdate, Component, NodeUpdate, TreePatch } from '../gen/mesopj/ui_pb';
import { componentDef } from './components/registry';
import { applyStyle, clearStyle } from './style';

interface NodeRecord {
  type: string;
  el: HTMLElement;
  children: NodeRecord[];
}

/** Thrown when a patch does not fit the tree; the caller asks for a full render. */
export class PatchError extends Error {}

// Element.moveBefore (Chrome 133+) moves a node without blurring it or
// resetting its state; insertBefore is the fallback elsewhere.
type MovableParent = HTMLElement & { moveBefore?(node: Node, child: Node | null): void };

function placeBefore(parent: MovableParent, el: HTMLElement, ref: HTMLElement | null): void {
  if (el.isConnected && parent.isConnected && typeof parent.moveBefore === 'function') {
    try {
      parent.moveBefore(el, ref);
      return;
    } catch {
      // e.g. moving between documents: fall through to a plain insert
    }
  }
  parent.insertBefore(el, ref);
}

export class Renderer {
  private root: NodeRecord | null = null;

  /** `host` gets the root component's element as its only child. */
  constructor(private readonly host: HTMLElement) {}

  replaceRoot(component: Component): void {
    this.root = this.build(component);
    this.host.replaceChildren(this.root.el);
  }

  applyPatch(patch: TreePatch): void {
    if (!this.root) throw new PatchError('patch before any full render');
    for (const p of patch.patches) {
      const node = this.find(p.path);
      switch (p.op.case) {
        case 'replace':
          this.replace(p.path, node, this.build(p.op.value));
          break;
        case 'update':
          this.update(node, p.op.value);
          break;
        case 'children':
          this.updateChildren(node, p.op.value);
          break;
        default:
          throw new PatchError('patch without an operation');
      }
    }
  }

  private find(path: number[]): NodeRecord {
    let node = this.root!;
    for (const i of path) {
      const next = node.children[i];
      if (!next) throw new PatchError(`no child ${i} on the path ${path.join('/')}`);
      node = next;
    }
    return node;
  }

  private build(c: Component): NodeRecord {
    const def = componentDef(c.type);
    let el: HTMLElement;
    if (def) {
      el = document.createElement(def.tag);
      (el as HTMLElement & { props: unknown }).props = fromBinary(def.schema, c.props);
      (el as HTMLElement & { componentKey: string }).componentKey = c.key;
    } else {
      // Visible, not fatal: the rest of the page keeps working.
      el = document.createElement('div');
      el.className = 'mesopj-unknown';
      el.textContent = `Unknown component ${c.type}`;
    }
    if (c.key) el.dataset['key'] = c.key;
    applyStyle(el, c.style);
    const children = c.children.map((child) => this.build(child));
    el.append(...children.map((n) => n.el));
    return { type: c.type, el, children };
  }

  private replace(path: number[], old: NodeRecord, next: NodeRecord): void {
    if (path.length === 0) {
      this.root = next;
      this.host.replaceChildren(next.el);
      return;
    }
    const parent = this.find(path.slice(0, -1));
    parent.children[path[path.length - 1]!] = next;
    old.el.replaceWith(next.el);
  }

  private update(node: NodeRecord, u: NodeUpdate): void {
    if (u.props !== undefined) {
      const def = componentDef(node.type);
      if (def) (node.el as HTMLElement & { props: unknown }).props = fromBinary(def.schema, u.props);
    }
    if (u.clearStyle) clearStyle(node.el);
    else if (u.style) applyStyle(node.el, u.style);
  }

  /** Rebuilds the child list from runs, moving kept elements (not recreating them). */
  private updateChildren(node: NodeRecord, u: ChildrenUpdate): void {
    const old = node.children;
    const next: NodeRecord[] = [];
    const used = new Set<NodeRecord>();
    for (const run of u.runs) {
      if (run.run.case === 'keep') {
        const { from, count } = run.run.value;
        if (from + count > old.length) throw new PatchError(`keep ${from}+${count} of ${old.length} children`);
        for (const kept of old.slice(from, from + count)) {
          if (used.has(kept)) throw new PatchError('a child kept twice');
          used.add(kept);
          next.push(kept);
        }
      } else if (run.run.case === 'insert') {
        next.push(this.build(run.run.value));
      }
    }
    for (const child of old) if (!used.has(child)) child.el.remove();

    // The DOM now holds the kept children in their old order; walk the new
    // order and only move or insert what is out of place.
    const remaining = old.filter((c) => used.has(c));
    const placed = new Set<NodeRecord>();
    let r = 0;
    for (const child of next) {
      while (r < remaining.length && placed.has(remaining[r]!)) r++;
      const ref = remaining[r];
      if (ref === child) {
        r++;
      } else {
        placeBefore(node.el, child.el, ref ? ref.el : null);
      }
      placed.add(child);
    }
    node.children = next;
  }
}
