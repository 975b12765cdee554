// `chat`: a chat window. The messages are server-rendered children; this
// element adds the title, keeps the history scrolled to the newest message
// while the reply streams in (unless the user scrolled up), and owns the
// prompt box: Enter sends the prompt to on_send, Shift+Enter adds a line.
import { css, html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import '@material/web/icon/icon.js';
import '@material/web/iconbutton/filled-icon-button.js';
import '@material/web/textfield/outlined-text-field.js';
import type { MdOutlinedTextField } from '@material/web/textfield/outlined-text-field.js';
import { ChatPropsSchema } from '../../../gen/mesopj/components/chat_pb';
import { MesopjElement } from '../base';

const MAX_ROWS = 6;
// Within this many pixels of the bottom, the history follows new text.
const STICK_PX = 48;

export class MesopjChat extends MesopjElement<typeof ChatPropsSchema> {
  static override properties = { ...MesopjElement.properties, draft: { state: true }, empty: { state: true } };

  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      box-sizing: border-box;
      height: 560px;
      border: 1px solid var(--md-sys-color-outline-variant);
      border-radius: 16px;
      background: var(--md-sys-color-surface);
      overflow: hidden;
    }
    h2 {
      margin: 0;
      padding: 16px 20px 12px;
      border-bottom: 1px solid var(--md-sys-color-outline-variant);
      font: 400 1.375rem / 1.75rem var(--md-ref-typeface-brand, Roboto, sans-serif);
    }
    .log {
      flex: 1 1 auto;
      min-height: 0;
      overflow-y: auto;
      display: flex;
      flex-direction: column;
      gap: 12px;
      padding: 16px;
    }
    .empty {
      margin: auto;
      color: var(--md-sys-color-on-surface-variant);
      font: 400 0.875rem / 1.25rem var(--md-ref-typeface-plain, Roboto, sans-serif);
    }
    .composer {
      display: flex;
      align-items: flex-end;
      gap: 8px;
      padding: 12px 16px 16px;
      border-top: 1px solid var(--md-sys-color-outline-variant);
      background: var(--md-sys-color-surface-container-low);
    }
    md-outlined-text-field {
      flex: 1 1 auto;
      min-width: 0;
      resize: none;
    }
    md-filled-icon-button {
      flex: none;
      margin-bottom: 8px;
    }
  `;

  declare draft: string;
  declare empty: boolean;
  private stick = true;
  private readonly resizes = new ResizeObserver(() => this.follow());

  constructor() {
    super(ChatPropsSchema);
    this.draft = '';
    this.empty = true;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizes.disconnect();
  }

  private get log(): HTMLElement | null {
    return this.renderRoot?.querySelector('.log') ?? null;
  }

  private get field(): MdOutlinedTextField | null {
    return this.renderRoot?.querySelector('md-outlined-text-field') ?? null;
  }

  /** Scrolls to the newest message if the user is reading at the bottom. */
  private follow(force = false): void {
    const log = this.log;
    if (log && (this.stick || force)) log.scrollTop = log.scrollHeight;
  }

  private onScroll(): void {
    const log = this.log;
    if (log) this.stick = log.scrollHeight - log.scrollTop - log.clientHeight < STICK_PX;
  }

  private onSlotChange(e: Event): void {
    const messages = (e.target as HTMLSlotElement).assignedElements();
    this.empty = messages.length === 0;
    this.resizes.disconnect();
    for (const m of messages) this.resizes.observe(m);
    this.follow(true); // a new message: show it
  }

  private onInput(e: Event): void {
    this.draft = (e.target as MdOutlinedTextField).value;
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.key !== 'Enter' || e.shiftKey || e.ctrlKey || e.altKey || e.metaKey || e.isComposing) return;
    e.preventDefault(); // Enter sends; Shift+Enter keeps its newline
    this.send();
  }

  private send(): void {
    const prompt = this.draft.trim();
    if (!prompt || this.props.replying) return;
    this.emit(this.props.onSend, { case: 'stringValue', value: prompt });
    this.draft = '';
    this.stick = true;
    this.field?.focus();
  }

  protected override render() {
    const p = this.props;
    const rows = Math.min(MAX_ROWS, Math.max(1, this.draft.split('\n').length));
    return html`${p.title ? html`<h2>${p.title}</h2>` : nothing}
      <div class="log" role="log" aria-live="polite" aria-busy=${p.replying ? 'true' : 'false'} @scroll=${this.onScroll}>
        <slot @slotchange=${this.onSlotChange}></slot>
        ${this.empty ? html`<div class="empty">No messages yet. Ask something below.</div>` : nothing}
      </div>
      <div class="composer">
        <md-outlined-text-field
          type="textarea"
          rows=${rows}
          label=${p.placeholder || 'Enter your prompt'}
          .value=${live(this.draft)}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
        ></md-outlined-text-field>
        <md-filled-icon-button
          aria-label="Send"
          ?disabled=${p.replying || !this.draft.trim()}
          @click=${this.send}
          ><md-icon>send</md-icon></md-filled-icon-button
        >
      </div>`;
  }
}
