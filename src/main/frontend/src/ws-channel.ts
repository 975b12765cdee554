// WebSocket transport (MESOP_WEB_SOCKETS_ENABLED): one connection per page carrying binary
// UiRequests and UiResponses. Events go out as they happen (the server queues or runs them
// concurrently); each answer's frames carry the event id, and render diffs are computed by the
// server against the last tree it sent on this connection. A dropped connection is reopened;
// events that were not answered are sent again (same event id, so none is applied twice) and
// ask for a full tree.
import { fromBinary, toBinary } from '@bufbuild/protobuf';
import { UiRequestSchema, UiResponseSchema, type UiResponse } from '../gen/mesopj/ui_pb';
import type { ChannelCallbacks, UiChannel } from './channel';
import type { ClientConfig } from './config';
import type { MesopjEventDetail } from './events';
import { buildRequest, emptySession, navigationEvent, type Outgoing, type Session } from './requests';

const BACKOFF_MS = [250, 500, 1000, 2000, 4000];
const idOf = (item: Outgoing) => (item.kind === 'init' ? 'init' : item.eventId);

export class WsChannel implements UiChannel {
  private socket: WebSocket | null = null;
  private session: Session = emptySession();
  // Sent and not yet ended, by event id: sent again after a reconnect.
  private readonly unanswered = new Map<string, Outgoing>();
  // Waiting for an open connection.
  private readonly outbox: Outgoing[] = [];
  private outOfStep = false;
  private attempt = 0;
  private paused = false;

  constructor(
    private readonly config: ClientConfig,
    private readonly callbacks: ChannelCallbacks,
  ) {}

  init(): void {
    this.enqueue({ kind: 'init' });
    this.connect();
  }

  send(detail: MesopjEventDetail): void {
    if (!detail.handlerId) return;
    this.enqueue({ kind: 'event', detail, eventId: crypto.randomUUID() });
  }

  navigated(): void {
    this.enqueue(navigationEvent());
  }

  private enqueue(item: Outgoing): void {
    this.callbacks.busy(true);
    if (this.socket?.readyState === WebSocket.OPEN) this.transmit(item, false);
    else this.outbox.push(item);
  }

  private transmit(item: Outgoing, again: boolean): void {
    const fullRender = item.kind === 'init' || this.outOfStep || again;
    const request = buildRequest(this.config, item, this.session, fullRender);
    this.unanswered.set(idOf(item), item);
    this.socket!.send(toBinary(UiRequestSchema, request));
    if (fullRender) this.outOfStep = false; // the answer brings the whole tree
  }

  private connect(): void {
    if (this.paused) return;
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(`${scheme}//${location.host}${this.config.wsPath}`);
    socket.binaryType = 'arraybuffer';
    this.socket = socket;
    socket.onopen = () => {
      this.attempt = 0;
      this.callbacks.reconnecting(null);
      const again = [...this.unanswered.values()];
      this.unanswered.clear();
      for (const item of again) this.transmit(item, true);
      for (const item of this.outbox.splice(0)) this.transmit(item, false);
    };
    socket.onmessage = (e) => this.receive(fromBinary(UiResponseSchema, new Uint8Array(e.data as ArrayBuffer)));
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.reconnect();
    };
  }

  private reconnect(): void {
    if (this.attempt >= BACKOFF_MS.length) {
      this.paused = true;
      this.callbacks.reconnecting(null);
      this.callbacks.error({
        message: 'Cannot reach the server (WebSocket connection lost).',
        status: 0,
        trace: '',
        retry: () => {
          this.paused = false;
          this.attempt = 0;
          this.connect();
        },
      });
      return;
    }
    this.outOfStep = true;
    this.callbacks.reconnecting(this.attempt + 1);
    setTimeout(() => this.connect(), BACKOFF_MS[this.attempt++]);
  }

  private receive(response: UiResponse): void {
    const r = response.type;
    switch (r.case) {
      case 'render':
        try {
          this.callbacks.render(r.value);
        } catch (e) {
          console.error('mesopj: could not apply a render; the next event asks for a full tree', e);
          this.outOfStep = true;
        }
        break;
      case 'error': {
        this.outOfStep = true;
        const item = this.unanswered.get(response.eventId);
        this.callbacks.error({
          message: r.value.message || 'Server error',
          status: r.value.status,
          trace: r.value.javaTrace,
          retry: r.value.retryable && item ? () => this.enqueue(item) : undefined,
        });
        break;
      }
      case 'session':
        this.session = { stateToken: r.value.stateToken, sealedState: r.value.sealedState };
        break;
      case 'end':
        this.unanswered.delete(response.eventId);
        if (!this.unanswered.size && !this.outbox.length) this.callbacks.busy(false);
        break;
    }
  }
}
