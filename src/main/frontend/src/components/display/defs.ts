// Display components (text, media, feedback, data): type name -> element and props schema.
import { MarkdownPropsSchema } from '../../../gen/mesopj/components/markdown_pb';
import { TextPropsSchema } from '../../../gen/mesopj/components/text_pb';
import type { ComponentDef } from '../registry';
import { MesopjMarkdown } from './markdown';
import { MesopjText } from './text';

export const DISPLAY_DEFS: Record<string, ComponentDef> = {
  text: { tag: 'mesopj-text', schema: TextPropsSchema, element: MesopjText },
  markdown: { tag: 'mesopj-markdown', schema: MarkdownPropsSchema, element: MesopjMarkdown },
};
