// Labs components (chat, web components): type name -> element and props schema.
import type { ComponentDef } from '../registry';

export const LABS_DEFS: Record<string, ComponentDef> = {};
