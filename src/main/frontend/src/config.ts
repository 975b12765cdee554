// Reads the JSON config the server embeds in every page as
// <script id="mesopj-config" type="application/json">.

export interface ClientConfig {
  /** Servlet context path, "" at the root. */
  contextPath: string;
  /** Absolute path of the POST endpoint for UiRequests. */
  uiPath: string;
  /** Absolute path of the WebSocket endpoint (not used by the SSE transport). */
  wsPath: string;
  /** "sse" (default) or "websocket" (MESOP_WEB_SOCKETS_ENABLED). */
  transport: string;
  devMode: boolean;
}

export function readConfig(doc: Document = document): ClientConfig {
  const raw = doc.getElementById('mesopj-config')?.textContent;
  let parsed: Record<string, unknown> = {};
  if (raw) {
    try {
      parsed = JSON.parse(raw) as Record<string, unknown>;
    } catch (e) {
      console.error('mesopj: invalid #mesopj-config JSON', e);
    }
  } else {
    console.error('mesopj: no #mesopj-config in the page, using defaults');
  }
  const str = (k: string, dflt: string) => (typeof parsed[k] === 'string' ? (parsed[k] as string) : dflt);
  // A trailing slash would double up when joined with page paths.
  const contextPath = str('contextPath', '').replace(/\/+$/, '');
  return {
    contextPath,
    uiPath: str('uiPath', `${contextPath}/__ui__`),
    wsPath: str('wsPath', `${contextPath}/__ui_ws__`),
    transport: str('transport', 'sse'),
    devMode: parsed['devMode'] === true,
  };
}

/** The page path the server routes on: location.pathname minus the context path, at least "/". */
export function pagePath(config: ClientConfig, pathname: string = location.pathname): string {
  const ctx = config.contextPath;
  let path = pathname;
  if (ctx && (path === ctx || path.startsWith(ctx + '/'))) path = path.slice(ctx.length);
  return path.startsWith('/') ? path : '/' + path;
}
