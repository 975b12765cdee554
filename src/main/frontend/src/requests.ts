// Builds the UiRequests both transports send: a page load (init) or a user event carrying the
// session handle from the last answer.
import { create } from '@bufbuild/protobuf';
import {
  NavigationPayloadSchema,
  QueryParamSchema,
  UiRequestSchema,
  type QueryParam,
  type UiRequest,
} from '../gen/mesopj/ui_pb';
import { pagePath, type ClientConfig } from './config';
import type { MesopjEventDetail } from './events';

/** A request waiting to be sent (or sent and not yet answered). */
export type Outgoing = { kind: 'init' } | { kind: 'event'; detail: MesopjEventDetail; eventId: string };

/** Where the next event must send its state: a store token or the sealed state (one is set). */
export interface Session {
  stateToken: string;
  sealedState: Uint8Array;
}

export const emptySession = (): Session => ({ stateToken: '', sealedState: new Uint8Array() });

function queryParams(search: string): QueryParam[] {
  const grouped = new Map<string, string[]>();
  for (const [k, v] of new URLSearchParams(search)) {
    const values = grouped.get(k);
    if (values) values.push(v);
    else grouped.set(k, [v]);
  }
  return [...grouped].map(([key, values]) => create(QueryParamSchema, { key, values }));
}

const viewport = () => ({ width: window.innerWidth, height: window.innerHeight });

/** The UiRequest for {@code item}; {@code fullRender} asks the server for the whole tree. */
export function buildRequest(config: ClientConfig, item: Outgoing, session: Session, fullRender: boolean): UiRequest {
  const base = { path: pagePath(config), queryParams: queryParams(location.search) };
  if (item.kind === 'init') {
    const prefersDark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
    const init = { viewport: viewport(), theme: { prefersDark } };
    return create(UiRequestSchema, { ...base, type: { case: 'init', value: init } });
  }
  const { handlerId, key, payload } = item.detail;
  const userEvent = { ...session, handlerId, key, eventId: item.eventId, fullRender, viewport: viewport(), payload };
  return create(UiRequestSchema, { ...base, type: { case: 'userEvent', value: userEvent } });
}

/** The event that asks for the page the URL shows now (after a navigate command, back or forward). */
export function navigationEvent(): Outgoing {
  return {
    kind: 'event',
    eventId: crypto.randomUUID(),
    detail: {
      handlerId: '',
      key: '',
      payload: { case: 'navigation', value: create(NavigationPayloadSchema, { path: location.pathname }) },
    },
  };
}
