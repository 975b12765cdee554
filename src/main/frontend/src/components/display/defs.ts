// Display components (text, media, feedback, data): type name -> element and props schema.
import { AudioPropsSchema } from '../../../gen/mesopj/components/audio_pb';
import { BadgePropsSchema } from '../../../gen/mesopj/components/badge_pb';
import { CodePropsSchema } from '../../../gen/mesopj/components/code_pb';
import { DividerPropsSchema } from '../../../gen/mesopj/components/divider_pb';
import { EmbedPropsSchema } from '../../../gen/mesopj/components/embed_pb';
import { HtmlPropsSchema } from '../../../gen/mesopj/components/html_pb';
import { IconPropsSchema } from '../../../gen/mesopj/components/icon_pb';
import { ImagePropsSchema } from '../../../gen/mesopj/components/image_pb';
import { LinkPropsSchema } from '../../../gen/mesopj/components/link_pb';
import { MarkdownPropsSchema } from '../../../gen/mesopj/components/markdown_pb';
import { ProgressBarPropsSchema } from '../../../gen/mesopj/components/progress_bar_pb';
import { ProgressSpinnerPropsSchema } from '../../../gen/mesopj/components/progress_spinner_pb';
import { TablePropsSchema } from '../../../gen/mesopj/components/table_pb';
import { TextPropsSchema } from '../../../gen/mesopj/components/text_pb';
import { TooltipPropsSchema } from '../../../gen/mesopj/components/tooltip_pb';
import { VideoPropsSchema } from '../../../gen/mesopj/components/video_pb';
import type { ComponentDef } from '../registry';
import { MesopjAudio } from './audio';
import { MesopjBadge } from './badge';
import { MesopjCode } from './code';
import { MesopjDivider } from './divider';
import { MesopjEmbed } from './embed';
import { MesopjHtml } from './html';
import { MesopjIcon } from './icon';
import { MesopjImage } from './image';
import { MesopjLink } from './link';
import { MesopjMarkdown } from './markdown';
import { MesopjProgressBar } from './progress-bar';
import { MesopjProgressSpinner } from './progress-spinner';
import { MesopjTable } from './table';
import { MesopjText } from './text';
import { MesopjTooltip } from './tooltip';
import { MesopjVideo } from './video';

export const DISPLAY_DEFS: Record<string, ComponentDef> = {
  text: { tag: 'mesopj-text', schema: TextPropsSchema, element: MesopjText },
  markdown: { tag: 'mesopj-markdown', schema: MarkdownPropsSchema, element: MesopjMarkdown },
  code: { tag: 'mesopj-code', schema: CodePropsSchema, element: MesopjCode },
  html: { tag: 'mesopj-html', schema: HtmlPropsSchema, element: MesopjHtml },
  link: { tag: 'mesopj-link', schema: LinkPropsSchema, element: MesopjLink },
  image: { tag: 'mesopj-image', schema: ImagePropsSchema, element: MesopjImage },
  video: { tag: 'mesopj-video', schema: VideoPropsSchema, element: MesopjVideo },
  audio: { tag: 'mesopj-audio', schema: AudioPropsSchema, element: MesopjAudio },
  icon: { tag: 'mesopj-icon', schema: IconPropsSchema, element: MesopjIcon },
  embed: { tag: 'mesopj-embed', schema: EmbedPropsSchema, element: MesopjEmbed },
  progress_bar: { tag: 'mesopj-progress-bar', schema: ProgressBarPropsSchema, element: MesopjProgressBar },
  progress_spinner: { tag: 'mesopj-progress-spinner', schema: ProgressSpinnerPropsSchema, element: MesopjProgressSpinner },
  tooltip: { tag: 'mesopj-tooltip', schema: TooltipPropsSchema, element: MesopjTooltip },
  badge: { tag: 'mesopj-badge', schema: BadgePropsSchema, element: MesopjBadge },
  divider: { tag: 'mesopj-divider', schema: DividerPropsSchema, element: MesopjDivider },
  table: { tag: 'mesopj-table', schema: TablePropsSchema, element: MesopjTable },
};
