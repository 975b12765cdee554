// A dismissible card pinned to the bottom of the page that shows a server or
// connection error: the message in bold, the Java trace (dev mode only) in a
// scrollable monospace block, and a Retry button when retrying can help.
import { LitElement, css, html, nothing } from 'lit';
import '@material/web/button/text-button.js';
import '@material/web/button/filled-tonal-button.js';
import type { ErrorReport } from './channel';

export class MesopjErrorPanel extends LitElement {
  static override properties = { report: { attribute: false } };

  declare report: ErrorReport | null;

  static override styles = css`
    :host {
      position: fixed;
      left: 16px;
      right: 16px;
      bottom: 16px;
      z-index: 1000;
      display: flex;
      justify-content: center;
      pointer-events: none;
    }
    .card {
      pointer-events: auto;
      box-sizing: border-box;
      width: min(960px, 100%);
      max-height: 60vh;
      display: flex;
      flex-direction: column;
      gap: 8px;
      padding: 16px 16px 8px;
      border-radius: 12px;
      background: var(--md-sys-color-error-container);
      color: var(--md-sys-color-on-error-container);
      box-shadow: 0 2px 6px 2px rgb(0 0 0 / 15%), 0 1px 2px rgb(0 0 0 / 30%);
      font-family: var(--md-ref-typeface-plain, Roboto, sans-serif);
    }
    .message {
      font-weight: 700;
      font-size: 1rem;
      line-height: 1.5;
      overflow-wrap: anywhere;
    }
    .text {
      white-space: pre-wrap; /* server messages may span lines */
    }
    .status {
      font-weight: 400;
      opacity: 0.8;
    }
    pre {
      margin: 0;
      min-height: 3em;
      overflow: auto;
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--md-sys-color-surface-container-lowest);
      color: var(--md-sys-color-on-surface);
      font: 0.8125rem / 1.45 ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    }
    .actions {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
      --md-text-button-label-text-color: var(--md-sys-color-on-error-container);
    }
  `;

  constructor() {
    super();
    this.report = null;
  }

  private dismiss(): void {
    this.dispatchEvent(new CustomEvent('dismiss', { bubbles: true, composed: true }));
  }

  private retry(): void {
    const retry = this.report?.retry;
    this.dismiss();
    retry?.();
  }

  protected override render() {
    const r = this.report;
    if (!r) return nothing;
    return html`<div class="card" role="alert">
      <div class="message"><span class="text">${r.message}</span>${r.status
          ? html` <span class="status">(status ${r.status})</span>`
          : nothing}</div>
      ${r.trace ? html`<pre>${r.trace}</pre>` : nothing}
      <div class="actions">
        ${r.retry ? html`<md-filled-tonal-button @click=${this.retry}>Retry</md-filled-tonal-button>` : nothing}
        <md-text-button @click=${this.dismiss}>Dismiss</md-text-button>
      </div>
    </div>`;
  }
}
