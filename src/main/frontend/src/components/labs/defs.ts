// Labs components (chat, web components): type name -> element and props schema.
import { ChatMessagePropsSchema } from '../../../gen/mesopj/components/chat_message_pb';
import { ChatPropsSchema } from '../../../gen/mesopj/components/chat_pb';
import { WebComponentPropsSchema } from '../../../gen/mesopj/components/web_component_pb';
import type { ComponentDef } from '../registry';
import { MesopjChat } from './chat';
import { MesopjChatMessage } from './chat-message';
import { MesopjWebComponent } from './web-component';

export const LABS_DEFS: Record<string, ComponentDef> = {
  chat: { tag: 'mesopj-chat', schema: ChatPropsSchema, element: MesopjChat },
  chat_message: { tag: 'mesopj-chat-message', schema: ChatMessagePropsSchema, element: MesopjChatMessage },
  web_component: { tag: 'mesopj-web-component', schema: WebComponentPropsSchema, element: MesopjWebComponent },
};
