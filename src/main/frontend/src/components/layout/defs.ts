// Layout components: type name -> element and props schema.
import { AccordionPropsSchema } from '../../../gen/mesopj/components/accordion_pb';
import { BoxPropsSchema } from '../../../gen/mesopj/components/box_pb';
import { CardActionsPropsSchema } from '../../../gen/mesopj/components/card_actions_pb';
import { CardContentPropsSchema } from '../../../gen/mesopj/components/card_content_pb';
import { CardHeaderPropsSchema } from '../../../gen/mesopj/components/card_header_pb';
import { CardPropsSchema } from '../../../gen/mesopj/components/card_pb';
import { DialogPropsSchema } from '../../../gen/mesopj/components/dialog_pb';
import { ExpansionPanelPropsSchema } from '../../../gen/mesopj/components/expansion_panel_pb';
import { SidenavPropsSchema } from '../../../gen/mesopj/components/sidenav_pb';
import { SlotPropsSchema } from '../../../gen/mesopj/components/slot_pb';
import { TabPropsSchema } from '../../../gen/mesopj/components/tab_pb';
import { TabsPropsSchema } from '../../../gen/mesopj/components/tabs_pb';
import type { ComponentDef } from '../registry';
import { MesopjAccordion } from './accordion';
import { MesopjBox } from './box';
import { MesopjCard } from './card';
import { MesopjCardActions } from './card-actions';
import { MesopjCardContent } from './card-content';
import { MesopjCardHeader } from './card-header';
import { MesopjDialog } from './dialog';
import { MesopjExpansionPanel } from './expansion-panel';
import { MesopjSidenav } from './sidenav';
import { MesopjSlot } from './slot';
import { MesopjTab } from './tab';
import { MesopjTabs } from './tabs';

export const LAYOUT_DEFS: Record<string, ComponentDef> = {
  box: { tag: 'mesopj-box', schema: BoxPropsSchema, element: MesopjBox },
  slot: { tag: 'mesopj-slot', schema: SlotPropsSchema, element: MesopjSlot },
  sidenav: { tag: 'mesopj-sidenav', schema: SidenavPropsSchema, element: MesopjSidenav },
  card: { tag: 'mesopj-card', schema: CardPropsSchema, element: MesopjCard },
  card_header: { tag: 'mesopj-card-header', schema: CardHeaderPropsSchema, element: MesopjCardHeader },
  card_content: { tag: 'mesopj-card-content', schema: CardContentPropsSchema, element: MesopjCardContent },
  card_actions: { tag: 'mesopj-card-actions', schema: CardActionsPropsSchema, element: MesopjCardActions },
  expansion_panel: { tag: 'mesopj-expansion-panel', schema: ExpansionPanelPropsSchema, element: MesopjExpansionPanel },
  accordion: { tag: 'mesopj-accordion', schema: AccordionPropsSchema, element: MesopjAccordion },
  tabs: { tag: 'mesopj-tabs', schema: TabsPropsSchema, element: MesopjTabs },
  tab: { tag: 'mesopj-tab', schema: TabPropsSchema, element: MesopjTab },
  dialog: { tag: 'mesopj-dialog', schema: DialogPropsSchema, element: MesopjDialog },
};
