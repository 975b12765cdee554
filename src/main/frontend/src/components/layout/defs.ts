// Layout components: type name -> element and props schema.
import { BoxPropsSchema } from '../../../gen/mesopj/components/box_pb';
import type { ComponentDef } from '../registry';
import { MesopjBox } from './box';

export const LAYOUT_DEFS: Record<string, ComponentDef> = {
  box: { tag: 'mesopj-box', schema: BoxPropsSchema, element: MesopjBox },
};
