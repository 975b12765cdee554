// Component type name (Component.type) -> custom element tag and the schema its props bytes
// decode with. Each group lists its own components in <group>/defs.ts; adding a component is
// one element file plus one entry there.
import type { DescMessage } from '@bufbuild/protobuf';
import { DISPLAY_DEFS } from './display/defs';
import { INPUT_DEFS } from './inputs/defs';
import { LABS_DEFS } from './labs/defs';
import { LAYOUT_DEFS } from './layout/defs';

export interface ComponentDef {
  tag: string;
  schema: DescMessage;
  element: CustomElementConstructor;
}

const DEFS: Record<string, ComponentDef> = { ...LAYOUT_DEFS, ...DISPLAY_DEFS, ...INPUT_DEFS, ...LABS_DEFS };

export function componentDef(type: string): ComponentDef | undefined {
  return Object.hasOwn(DEFS, type) ? DEFS[type] : undefined;
}

/** Defines every component element (idempotent). */
export function defineComponents(): void {
  for (const def of Object.values(DEFS)) {
    if (!customElements.get(def.tag)) customElements.define(def.tag, def.element);
  }
}
