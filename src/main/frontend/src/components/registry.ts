// Component type name (Component.type) -> custom element tag and the schema
// its props bytes decode with. Adding a component = one entry here.
import type { DescMessage } from '@bufbuild/protobuf';
import { BoxPropsSchema } from '../../gen/mesopj/components/box_pb';
import { ButtonPropsSchema } from '../../gen/mesopj/components/button_pb';
import { CheckboxPropsSchema } from '../../gen/mesopj/components/checkbox_pb';
import { InputPropsSchema } from '../../gen/mesopj/components/input_pb';
import { MarkdownPropsSchema } from '../../gen/mesopj/components/markdown_pb';
import { TextPropsSchema } from '../../gen/mesopj/components/text_pb';
import { MesopjBox } from './box';
import { MesopjButton } from './button';
import { MesopjCheckbox } from './checkbox';
import { MesopjInput } from './input';
import { MesopjMarkdown } from './markdown';
import { MesopjText } from './text';

export interface ComponentDef {
  tag: string;
  schema: DescMessage;
  element: CustomElementConstructor;
}

const DEFS: Record<string, ComponentDef> = {
  box: { tag: 'mesopj-box', schema: BoxPropsSchema, element: MesopjBox },
  text: { tag: 'mesopj-text', schema: TextPropsSchema, element: MesopjText },
  markdown: { tag: 'mesopj-markdown', schema: MarkdownPropsSchema, element: MesopjMarkdown },
  button: { tag: 'mesopj-button', schema: ButtonPropsSchema, element: MesopjButton },
  input: { tag: 'mesopj-input', schema: InputPropsSchema, element: MesopjInput },
  checkbox: { tag: 'mesopj-checkbox', schema: CheckboxPropsSchema, element: MesopjCheckbox },
};

export function componentDef(type: string): ComponentDef | undefined {
  return Object.hasOwn(DEFS, type) ? DEFS[type] : undefined;
}

/** Defines every component element (idempotent). */
export function defineComponents(): void {
  for (const def of Object.values(DEFS)) {
    if (!customElements.get(def.tag)) customElements.define(def.tag, def.element);
  }
}
