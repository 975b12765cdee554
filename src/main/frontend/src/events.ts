// How component elements report user actions: a bubbling, composed
// 'mesopj-event' that <mesopj-app> catches and hands to the channel.
import type { UserEvent } from '../gen/mesopj/ui_pb';

export type EventPayload = UserEvent['payload'];

export interface MesopjEventDetail {
  handlerId: string;
  key: string;
  payload: EventPayload;
}

export const MESOPJ_EVENT = 'mesopj-event';

declare global {
  interface HTMLElementEventMap {
    'mesopj-event': CustomEvent<MesopjEventDetail>;
  }
}

// Debounced events not sent yet (typed text). They go out before any other
// event so that the server sees the text before, say, the button click.
const pending = new Set<() => void>();

/** Registers a pending debounced event; returns the function that unregisters it. */
export function addPendingFlush(flush: () => void): () => void {
  pending.add(flush);
  return () => pending.delete(flush);
}

/** Sends every pending debounced event now. */
export function flushPending(): void {
  for (const flush of [...pending]) {
    pending.delete(flush);
    flush();
  }
}

// Where events from elements no longer in the page go (e.g. an input whose
// debounce fires after a patch removed it): they cannot bubble to the app.
let fallbackTarget: EventTarget | null = null;

export function setFallbackTarget(target: EventTarget | null): void {
  fallbackTarget = target;
}

/** Dispatches a user event from `from`; does nothing when the handler id is empty. */
export function dispatchUserEvent(from: Element, handlerId: string, key: string, payload: EventPayload): void {
  if (!handlerId) return;
  flushPending();
  const event = new CustomEvent<MesopjEventDetail>(MESOPJ_EVENT, {
    bubbles: true,
    composed: true,
    detail: { handlerId, key, payload },
  });
  const target = from.isConnected ? from : fallbackTarget;
  target?.dispatchEvent(event);
}
