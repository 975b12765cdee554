// Transport to the server: one UiRequest at a time per page, POSTed as binary
// protobuf, answered by an SSE stream of UiResponses. Queues user events,
// retries network failures with backoff and tracks the session handle.
import { toBinary } from '@bufbuild/protobuf';
import { UiRequestSchema, type RenderEvent, type ServerError, type UiRequest } from '../gen/mesopj/ui_pb';
import type { ClientConfig } from './config';
import type { MesopjEventDetail } from './events';
import { buildRequest, emptySession, navigationEvent, type Outgoing, type Session } from './requests';
import { readUiResponses } from './sse';

const BACKOFF_MS = [250, 500, 1000, 2000, 4000];
const RETRYABLE_STATUS = new Set([502, 503, 504]);

export interface ErrorReport {
  message: string;
  status: number;
  trace: string;
  /** Present when sending the same request again may help. */
  retry?: () => void;
}

export interface ChannelCallbacks {
  /** Applies a render frame; a throw means the client tree is out of step. */
  render(render: RenderEvent): void;
  error(report: ErrorReport): void;
  /** true when a request starts, false when the queue has drained (or stopped). */
  busy(busy: boolean): void;
  /** Retry number while reconnecting, null when the notice should go. */
  reconnecting(attempt: number | null): void;
}


/** The request failed before or during the stream: worth retrying. */
class TransientError extends Error {
  constructor(message: string, readonly status = 0) {
    super(message);
  }
}

/** The server refused the request (4xx, or not an event stream): do not retry. */
class FatalError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

/** What <mesopj-app> needs from a transport (SSE or WebSocket). */
export interface UiChannel {
  init(): void;
  send(detail: MesopjEventDetail): void;
  /** The URL now shows another page of the app: ask the server for it (same session). */
  navigated(): void;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class Channel implements UiChannel {
  private readonly queue: Outgoing[] = [];
  private running = false;
  private paused = false;
  private session: Session = emptySession();
  // Set after any error: the next event asks for a full tree.
  private outOfStep = false;

  constructor(
    private readonly config: ClientConfig,
    private readonly callbacks: ChannelCallbacks,
  ) {
  }

  init(): void {
    this.enqueue({ kind: 'init' });
  }

  send(detail: MesopjEventDetail): void {
    if (!detail.handlerId) return;
    this.enqueue({ kind: 'event', detail, eventId: crypto.randomUUID() });
  }

  navigated(): void {
    this.enqueue(navigationEvent());
  }

  private enqueue(item: Outgoing, first = false): void {
    if (first) this.queue.unshift(item);
    else this.queue.push(item);
    void this.pump();
  }

  /** Sends queued requests one after another, each with the previous session. */
  private async pump(): Promise<void> {
    if (this.running || this.paused) return;
    this.running = true;
    try {
      while (this.queue.length && !this.paused) {
        this.callbacks.busy(true);
        const item = this.queue[0]!;
        if (await this.deliver(item)) this.queue.shift();
      }
    } finally {
      this.running = false;
      this.callbacks.busy(false);
    }
  }

  /** Sends one request with retries; false when it is left at the head of a paused queue. */
  private async deliver(item: Outgoing): Promise<boolean> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.attempt(item, attempt > 0);
        this.callbacks.reconnecting(null);
        return true;
      } catch (e) {
        if (e instanceof FatalError) {
          this.callbacks.reconnecting(null);
          this.outOfStep = true;
          this.callbacks.error({ message: e.message, status: e.status, trace: '' });
          return true; // dropped: sending it again would fail the same way
        }
        const err = e instanceof TransientError ? e : new TransientError(String(e));
        if (attempt >= BACKOFF_MS.length) {
          this.callbacks.reconnecting(null);
          this.outOfStep = true;
          this.paused = true;
          this.callbacks.error({
            message: `Cannot reach the server: ${err.message}`,
            status: err.status,
            trace: '',
            retry: () => {
              this.paused = false;
              void this.pump();
            },
          });
          return false;
        }
        this.callbacks.reconnecting(attempt + 1);
        await sleep(BACKOFF_MS[attempt]!);
      }
    }
  }

  private buildRequest(item: Outgoing, retry: boolean): { request: UiRequest; fullRender: boolean } {
    const fullRender = item.kind === 'init' || this.outOfStep || retry;
    return { request: buildRequest(this.config, item, this.session, fullRender), fullRender };
  }

  /** One POST and its stream; throws TransientError or FatalError. */
  private async attempt(item: Outgoing, retry: boolean): Promise<void> {
    const { request, fullRender } = this.buildRequest(item, retry);
    let response: Response;
    try {
      response = await fetch(this.config.uiPath, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-protobuf', Accept: 'text/event-stream' },
        credentials: 'same-origin',
        body: toBinary(UiRequestSchema, request) as Uint8Array<ArrayBuffer>,
      });
    } catch (e) {
      throw new TransientError(e instanceof Error ? e.message : String(e));
    }
    if (!response.ok) {
      // The body is the plain-text message to show; the status goes beside it.
      const message = (await response.text().catch(() => '')).trim() || response.statusText || 'Request failed';
      // Only "try again" answers are retried: 503 (busy session, store outage) and a proxy's 502/504
      // (a node went away). A 500 means the handler failed; running it again would not help.
      if (RETRYABLE_STATUS.has(response.status)) throw new TransientError(message, response.status);
      throw new FatalError(message, response.status);
    }
    const type = response.headers.get('Content-Type') ?? '';
    if (!type.startsWith('text/event-stream') || !response.body) {
      throw new FatalError(`Unexpected response (${response.status}, ${type || 'no content type'})`, response.status);
    }
    await this.readStream(response.body, item, fullRender);
  }

  private async readStream(body: ReadableStream<Uint8Array>, item: Outgoing, fullRender: boolean): Promise<void> {
    // The session only changes when the stream completes: a retry after a
    // broken stream must start from the same state as the first try.
    let session: Session | null = null;
    let failed = false;
    try {
      for await (const response of readUiResponses(body)) {
        const r = response.type;
        switch (r.case) {
          case 'render':
            try {
              this.callbacks.render(r.value);
            } catch (e) {
              console.error('mesopj: could not apply a render; the next event asks for a full tree', e);
              failed = true;
            }
            break;
          case 'error':
            failed = true;
            this.reportServerError(r.value, item);
            break;
          case 'session':
            session = { stateToken: r.value.stateToken, sealedState: r.value.sealedState };
            break;
          case 'end':
            if (session) this.session = session;
            if (failed) this.outOfStep = true;
            else if (fullRender) this.outOfStep = false;
            return;
        }
      }
    } catch (e) {
      throw new TransientError(e instanceof Error ? e.message : String(e));
    }
    throw new TransientError('the response stream ended early');
  }

  private reportServerError(err: ServerError, item: Outgoing): void {
    const report: ErrorReport = { message: err.message || 'Server error', status: err.status, trace: err.javaTrace };
    // The same event (same event_id) may be sent again; it goes first in line.
    if (err.retryable) report.retry = () => this.enqueue(item, true);
    this.callbacks.error(report);
  }
}
