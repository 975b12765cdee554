// Executes the Commands of a render, after its tree has been applied.
import { ThemeMode, type Command, type QueryParam } from '../gen/mesopj/ui_pb';
import type { ClientConfig } from './config';

const FOCUSABLE = [
  'mesopj-input', 'mesopj-button', 'mesopj-checkbox',
  'input:not([type=hidden])', 'textarea', 'select', 'button', 'a[href]', '[tabindex]',
].join(',');

function queryString(params: QueryParam[]): string {
  const search = new URLSearchParams();
  for (const p of params) for (const v of p.values) search.append(p.key, v);
  return search.toString();
}

function byKey(key: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
}

/** Waits until Lit has rendered `el` (and a frame has passed), so new elements can take focus. */
async function settled(el: Element): Promise<void> {
  const lit = el as Element & { updateComplete?: Promise<unknown> };
  if (lit.updateComplete) await lit.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/**
 * Goes to `url`. A page of this app ("/chat") is shown without reloading: the URL is pushed to
 * the history and `inApp` asks the server for the new page (the session's state carries over).
 */
export function navigate(config: ClientConfig, url: string, params: QueryParam[], inApp: () => void): void {
  const qs = queryString(params);
  const withQuery = (u: string) => (qs ? u + (u.includes('?') ? '&' : '?') + qs : u);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (url.startsWith('/') && !url.startsWith('//')) {
    history.pushState(null, '', withQuery(config.contextPath + url));
    inApp();
  } else if (scheme === 'http' || scheme === 'https' || url.startsWith('//')) {
    const resolved = new URL(url, location.href);
    if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') return;
    location.assign(withQuery(resolved.href));
  } else if (!scheme) {
    location.assign(withQuery(new URL(url, location.href).href)); // relative to the page
  } else {
    console.warn(`mesopj: refusing to navigate to a ${scheme}: URL`);
  }
}

function setThemeMode(mode: ThemeMode): void {
  const root = document.documentElement;
  if (mode === ThemeMode.LIGHT || mode === ThemeMode.DARK) {
    const name = mode === ThemeMode.DARK ? 'dark' : 'light';
    root.dataset['theme'] = name;
    root.style.setProperty('color-scheme', name);
  } else {
    delete root.dataset['theme'];
    root.style.removeProperty('color-scheme'); // back to the stylesheet's "light dark"
  }
}

function download(filename: string, mimeType: string, content: Uint8Array): void {
  // Copy into a fresh ArrayBuffer-backed array, which Blob's types require.
  const blob = new Blob([new Uint8Array(content)], { type: mimeType || 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename || 'download';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by now; free the blob a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function run(config: ClientConfig, command: Command, inApp: () => void): Promise<void> {
  const c = command.command;
  switch (c.case) {
    case 'navigate':
      navigate(config, c.value.url, c.value.queryParams, inApp);
      break;
    case 'scrollIntoView': {
      const el = byKey(c.value.key);
      if (el) {
        await settled(el);
        el.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
      }
      break;
    }
    case 'focusComponent': {
      const el = byKey(c.value.key);
      const target = el && (el.matches(FOCUSABLE) ? el : el.querySelector<HTMLElement>(FOCUSABLE));
      if (target) {
        await settled(target);
        target.focus();
      }
      break;
    }
    case 'setPageTitle':
      document.title = c.value.title;
      break;
    case 'setThemeMode':
      setThemeMode(c.value.mode);
      break;
    case 'setThemeDensity':
      document.documentElement.style.setProperty('--mesopj-density', String(c.value.density));
      break;
    case 'updateQueryParams': {
      const qs = queryString(c.value.queryParams);
      history.replaceState(history.state, '', location.pathname + (qs ? '?' + qs : '') + location.hash);
      break;
    }
    case 'download':
      download(c.value.filename, c.value.mimeType, c.value.content);
      break;
    default:
      console.warn('mesopj: unknown command', c);
  }
}

/** Runs commands in order; one failing command does not stop the rest. */
/** Runs a render's commands in order; `inApp` is called after an in-app navigation. */
export async function runCommands(config: ClientConfig, commands: Command[], inApp: () => void): Promise<void> {
  for (const command of commands) {
    try {
      await run(config, command, inApp);
    } catch (e) {
      console.error('mesopj: command failed', command.command.case, e);
    }
  }
}
