/**
 * Telling a CORS refusal from an unreachable server, for the console and `tin-error`: loaded only
 * when a request got no response at all.
 */
import { FeedError } from './model.js';

const HOW_TO = 'See docs/feeds-from-other-sites.md (tin-widgets) for server and proxy configurations.';

/**
 * The CORS refusal behind a request that never got a response, or undefined for a network
 * failure. The browser says only "TypeError" for an unreachable server and for a response it hid
 * (CORS) alike: a page with an opaque origin (`file://`, a sandboxed iframe) can read only feeds
 * served to anyone, and a server that a `no-cors` request does reach sent a response the page
 * was not allowed to read.
 */
export async function transportError(url: string, key: string, signal: AbortSignal): Promise<FeedError | undefined> {
  if (self.origin === 'null') {
    return new FeedError(
      'cors',
      `This page has an opaque origin (${location.protocol === 'file:' ? 'it was opened from file://' : 'a sandboxed iframe without allow-same-origin'}): the browser lets it read only feeds whose server sends "Access-Control-Allow-Origin: *". Serve the page over http(s) or allow same-origin. ${HOW_TO}`,
      key,
    );
  }
  if (navigator.onLine !== false) {
    const reachable = await fetch(url, { mode: 'no-cors', credentials: 'omit', signal }).then(
      () => true,
      () => false,
    );
    if (reachable) {
      return new FeedError(
        'cors',
        `The feed's server answered, but does not let ${location.origin} read the feed (CORS): it must send "Access-Control-Allow-Origin: ${location.origin}" (or "*"), or the page can load it through a proxy on its own site (the proxy attribute). ${HOW_TO}`,
        key,
      );
    }
  }
  return undefined;
}
