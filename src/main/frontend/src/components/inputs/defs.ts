// Input components: type name -> element and props schema.
import { ButtonPropsSchema } from '../../../gen/mesopj/components/button_pb';
import { CheckboxPropsSchema } from '../../../gen/mesopj/components/checkbox_pb';
import { InputPropsSchema } from '../../../gen/mesopj/components/input_pb';
import type { ComponentDef } from '../registry';
import { MesopjButton } from './button';
import { MesopjCheckbox } from './checkbox';
import { MesopjInput } from './input';

export const INPUT_DEFS: Record<string, ComponentDef> = {
  button: { tag: 'mesopj-button', schema: ButtonPropsSchema, element: MesopjButton },
  input: { tag: 'mesopj-input', schema: InputPropsSchema, element: MesopjInput },
  checkbox: { tag: 'mesopj-checkbox', schema: CheckboxPropsSchema, element: MesopjCheckbox },
};
