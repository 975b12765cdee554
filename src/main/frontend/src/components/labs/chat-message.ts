// `chat_message`: one message of a chat: a bubble (the user's on the end side,
// the bot's on the start side under its name) around the server-rendered
// content, or a typing indicator while the reply has not started.
import { css, html, nothing } from 'lit';
import { ChatMessagePropsSchema } from '../../../gen/mesopj/components/chat_message_pb';
import { MesopjElement } from '../base';

export class MesopjChatMessage extends MesopjElement<typeof ChatMessagePropsSchema> {
  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 4px;
    }
    :host([data-role='user']) {
      align-items: flex-end;
    }
    .name {
      padding: 0 12px;
      font: 500 0.75rem / 1rem var(--md-ref-typeface-plain, Roboto, sans-serif);
      color: var(--md-sys-color-on-surface-variant);
    }
    .bubble {
      box-sizing: border-box;
      max-width: min(85%, 720px);
      min-width: 0;
      padding: 10px 16px;
      border-radius: 20px 20px 20px 6px;
      overflow-x: auto;
      background: var(--md-sys-color-surface-container-high);
      color: var(--md-sys-color-on-surface);
    }
    :host([data-role='user']) .bubble {
      border-radius: 20px 20px 6px 20px;
      background: var(--md-sys-color-primary-container);
      color: var(--md-sys-color-on-primary-container);
    }
    .dots {
      display: inline-flex;
      gap: 4px;
      padding: 6px 0;
    }
    .dots i {
      width: 6px;
      height: 6px;
      border-radius: 50%;
      background: currentColor;
      opacity: 0.4;
      animation: blink 1.2s infinite ease-in-out;
    }
    .dots i:nth-child(2) {
      animation-delay: 0.2s;
    }
    .dots i:nth-child(3) {
      animation-delay: 0.4s;
    }
    @keyframes blink {
      40% {
        opacity: 1;
      }
    }
  `;

  constructor() {
    super(ChatMessagePropsSchema);
  }

  protected override updated(): void {
    this.dataset['role'] = this.props.role === 'user' ? 'user' : 'assistant';
  }

  protected override render() {
    const p = this.props;
    const bot = p.role !== 'user';
    return html`${bot && p.name ? html`<div class="name">${p.name}</div>` : nothing}
      <div class="bubble">
        ${p.pending
          ? html`<span class="dots" role="status" aria-label="Replying"><i></i><i></i><i></i></span>`
          : html`<slot></slot>`}
      </div>`;
  }
}
