// <mesopj-app>: hosts the component tree (as its light-DOM child, so global
// CSS reaches it), the busy bar, the reconnecting notice and the error panel,
// and wires the renderer, the channel and user events together.
import { LitElement, css, html, nothing } from 'lit';
import '@material/web/progress/linear-progress.js';
import type { RenderEvent } from '../gen/mesopj/ui_pb';
import { Channel, type ErrorReport, type UiChannel } from './channel';
import { WsChannel } from './ws-channel';
import { runCommands } from './commands';
import type { ClientConfig } from './config';
import { MESOPJ_EVENT, setFallbackTarget } from './events';
import { Renderer } from './renderer';

const BUSY_DELAY_MS = 500;

export class MesopjApp extends LitElement {
  static override properties = {
    showBusy: { state: true },
    reconnectAttempt: { state: true },
    error: { state: true },
  };

  declare showBusy: boolean;
  declare reconnectAttempt: number | null;
  declare error: ErrorReport | null;

  static override styles = css`
    :host {
      display: block;
      box-sizing: border-box;
      min-height: 100vh;
      padding: var(--mesopj-page-padding, 16px);
    }
    md-linear-progress {
      position: fixed;
      top: 0;
      left: 0;
      right: 0;
      z-index: 1001;
      --md-linear-progress-track-height: 3px;
      --md-linear-progress-active-indicator-height: 3px;
    }
    .notice {
      position: fixed;
      top: 12px;
      left: 50%;
      transform: translateX(-50%);
      z-index: 1001;
      padding: 6px 16px;
      border-radius: 16px;
      background: var(--md-sys-color-inverse-surface);
      color: var(--md-sys-color-inverse-on-surface);
      font: 500 0.875rem / 1.25rem var(--md-ref-typeface-plain, Roboto, sans-serif);
      box-shadow: 0 1px 3px rgb(0 0 0 / 30%);
    }
  `;

  private channel: UiChannel | null = null;
  private renderer: Renderer | null = null;
  private config: ClientConfig | null = null;
  private busyTimer: ReturnType<typeof setTimeout> | undefined;
  private frames = 0;

  constructor() {
    super();
    this.showBusy = false;
    this.reconnectAttempt = null;
    this.error = null;
    this.addEventListener(MESOPJ_EVENT, (e) => {
      e.stopPropagation();
      this.channel?.send(e.detail);
    });
  }

  /** Starts the client: sends Init and renders what comes back. */
  start(config: ClientConfig): void {
    if (this.channel) return;
    this.config = config;
    this.renderer = new Renderer(this);
    setFallbackTarget(this);
    this.setBusy(false);
    const callbacks = {
      render: (r: RenderEvent) => this.applyRender(r),
      error: (report: ErrorReport) => (this.error = report),
      busy: (busy: boolean) => this.setBusy(busy),
      reconnecting: (attempt: number | null) => (this.reconnectAttempt = attempt),
    };
    this.channel = config.transport === 'websocket' ? new WsChannel(config, callbacks) : new Channel(config, callbacks);
    this.channel.init();
    // Back and forward between pages of the app: ask the server for the page now in the URL.
    window.addEventListener('popstate', () => this.channel?.navigated());
  }

  private applyRender(render: RenderEvent): void {
    const renderer = this.renderer!;
    if (render.root) renderer.replaceRoot(render.root);
    else if (render.patch) renderer.applyPatch(render.patch);
    this.frames++;
    document.body.dataset['mesopjFrames'] = String(this.frames);
    document.body.dataset['mesopjReady'] = 'true';
    if (render.commands.length) void runCommands(this.config!, render.commands, () => this.channel?.navigated());
  }

  private setBusy(busy: boolean): void {
    document.body.dataset['mesopjBusy'] = String(busy);
    if (!busy) {
      clearTimeout(this.busyTimer);
      this.busyTimer = undefined;
      this.showBusy = false;
    } else if (!this.showBusy) {
      // Restarted for every request: the bar shows once one takes > 500 ms.
      clearTimeout(this.busyTimer);
      this.busyTimer = setTimeout(() => (this.showBusy = true), BUSY_DELAY_MS);
    }
  }

  protected override render() {
    return html`
      ${this.showBusy ? html`<md-linear-progress indeterminate aria-label="Loading"></md-linear-progress>` : nothing}
      ${this.reconnectAttempt !== null ? html`<div class="notice" role="status">Reconnecting…</div>` : nothing}
      <slot></slot>
      <mesopj-error-panel .report=${this.error} @dismiss=${() => (this.error = null)}></mesopj-error-panel>
    `;
  }
}
