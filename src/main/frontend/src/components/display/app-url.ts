// URLs the server let through (http(s) and relative): a path starting with
// "/" is a page of this app, so it gets the servlet context path in front, as
// the navigate command does.
import { readConfig } from '../../config';

let contextPath: string | undefined;

export function appUrl(url: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  contextPath ??= readConfig().contextPath;
  return contextPath + url;
}

/** Whether the browser will load `url` as http(s), after resolving it against the page. */
export function isWebUrl(url: string): boolean {
  try {
    const p = new URL(url, location.href).protocol;
    return p === 'http:' || p === 'https:';
  } catch {
    return false;
  }
}
