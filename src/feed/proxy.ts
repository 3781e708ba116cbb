/**
 * Loading through a proxy (`proxy`, `<meta name="tin-widgets:proxy">`): the template is checked
 * here, a chunk of its own that `loader.ts` fetches only for a feed loaded through one.
 */
import { consoleWarn } from './model.js';

const refusedProxies = new Set<string>();

/** Where to send the request for `key`: through `proxy` when it is a usable template, else to `key`. */
export function requestUrl(key: string, proxy: string | undefined): string {
  if (!proxy) return key;
  try {
    if (proxy.includes('{url}')) {
      const url = new URL(proxy.split('{url}').join(encodeURIComponent(key)), document.baseURI);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
    }
  } catch {
    // not a URL at all: refused below
  }
  if (!refusedProxies.has(proxy)) {
    refusedProxies.add(proxy);
    consoleWarn(
      `Ignored the proxy "${proxy.slice(0, 100)}": it must be an http(s) URL template with {url} where the feed's address goes, such as "/proxy?url={url}". Loading feeds directly.`,
    );
  }
  return key;
}
