/**
 * Video, audio and embeds in a sanitised body: `<video>`/`<audio>` become inline players that load
 * nothing until played, an `<iframe>` from an allowed video host becomes a sandboxed player in a
 * 16:9 box, and every other embed (`<iframe>`, `<object>`, `<embed>`) becomes a link to it, so
 * the reader still reaches what the editor put there.
 */
import { safeUrl } from '../feed/urls.js';
import { consoleWarn } from '../feed/model.js';

/** What the media pass needs besides the body: the portal's extra hosts and the link wording. */
export interface MediaOptions {
  /** More hosts whose iframes play in place: an `embed-hosts` value, read by `embedHosts`. */
  readonly embedHosts?: unknown;
  /** Link text for a removed video ("Xem video") and for any other removed embed ("Mở nội dung nhúng"). */
  readonly labels?: readonly [watch: string, open: string];
}

// Exact host names, never suffixes: "youtube.com.evil.vn" or "evilyoutube.com" match nothing.
const DEFAULT_HOSTS =
  'www.youtube.com youtube.com m.youtube.com www.youtube-nocookie.com youtube-nocookie.com player.vimeo.com';
const YOUTUBE = /^(?:(?:www|m)\.)?youtube(?:-nocookie)?\.com$/;

// A plain ASCII host name with a letters-only top-level label: no scheme, port, path, wildcard,
// IP address or punycode label ("xn--", where look-alikes of youtube.com hide).
const HOST_NAME = /^(?:(?!xn--)[a-z\d](?:[a-z\d-]*[a-z\d])?\.)+[a-z]{2,63}$/;

/**
 * The host names of an `embed-hosts` value (white-space separated); anything that is not a plain
 * host name is ignored with a console warning.
 */
export function embedHosts(value: unknown): string[] {
  const hosts: string[] = [];
  for (const token of typeof value === 'string' ? value.toLowerCase().split(/\s+/) : []) {
    if (HOST_NAME.test(token)) hosts.push(token);
    else if (token) consoleWarn('embed-hosts: ignored, not a host name:', token);
  }
  return hosts;
}

/**
 * The URL an allowed iframe plays, or undefined. YouTube moves to its no-cookie domain (no
 * tracking cookie until the visitor plays) and must be an `/embed/` URL; others must be https.
 */
export function playerSrc(src: string, extraHosts: readonly string[] = []): string | undefined {
  const url = new URL(src);
  if (YOUTUBE.test(url.hostname))
    return url.pathname.startsWith('/embed/')
      ? `https://www.youtube-nocookie.com${url.pathname}${url.search}`
      : undefined;
  return url.protocol === 'https:' &&
    !url.port &&
    !url.username &&
    !url.password &&
    [...DEFAULT_HOSTS.split(' '), ...extraHosts].includes(url.hostname)
    ? url.href
    : undefined;
}

/*
 * The players' minimum: YouTube and Vimeo run script and need their own origin (storage, cookies)
 * to play; "Xem trên YouTube" / the Vimeo logo open a popup that must not stay sandboxed; casting
 * needs presentation. No top navigation, forms or modals. (GitLab's embed review settled on the
 * same set for YouTube.)
 */
const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation';

const VIDEO_FILE = /^video\/|\.(?:mp4|webm|ogv|m4v|mov|m3u8)$/i;

/**
 * Puts back, as empty elements with only their URL attributes, the embeds that parseHTML's safe
 * mode always removes, where an inert parse of the same markup (`parseHTMLUnsafe`, no sanitiser,
 * nothing runs or loads) has them. The safe tree is that tree minus removed nodes (comments and
 * the code-like elements, never an allowed element; the text around them joined), so walking
 * both in step finds each embed's place; a node that does not match is one the sanitiser removed.
 */
export function restoreEmbeds(safe: Element, html: string): void {
  if (/<(?:iframe|object|embed)/i.test(html)) walkInStep(safe, Document.parseHTMLUnsafe(html).body);
}

function walkInStep(safe: Element, raw: Element): void {
  let next = safe.firstChild;
  for (const node of raw.childNodes) {
    if (node instanceof HTMLElement && /^(?:iframe|object|embed)$/.test(node.localName)) {
      // DOMPurify drops an element whose only content is text that looks like markup (its
      // mutation-XSS rule): the same here, so both paths show the same body.
      if (!node.firstElementChild && /<[/\w!]/.test(node.textContent!)) continue;
      const copy = safe.ownerDocument.createElement(node.localName);
      for (const name of ['src', 'data', 'type', 'title']) {
        const value = node.getAttribute(name);
        if (value !== null) copy.setAttribute(name, value);
      }
      safe.insertBefore(copy, next);
    } else if (next?.nodeName === node.nodeName) {
      if (node instanceof Element) walkInStep(next as Element, node);
      // The safe parse joins the text on both sides of what it removed into one node.
      else if (next instanceof Text && node.nodeValue!.length < next.length) next.splitText(node.nodeValue!.length);
      next = next.nextSibling;
    }
  }
}

/** Applies the media rules to `root` (after the allow-list pass, before links are checked). */
export function applyMedia(root: DocumentFragment, baseUrl: string | undefined, options: MediaOptions = {}): void {
  const doc = root.ownerDocument;
  const hosts = embedHosts(options.embedHosts);
  const [watch, open] = options.labels ?? ['Xem video', 'Mở nội dung nhúng'];
  for (const frame of root.querySelectorAll('iframe, object, embed')) {
    const src = safeUrl(frame.getAttribute(frame.localName === 'object' ? 'data' : 'src'), baseUrl, 'resource');
    const player = src && frame.localName === 'iframe' ? playerSrc(src, hosts) : undefined;
    if (player) {
      const box = doc.createElement('div');
      const iframe = doc.createElement('iframe');
      box.className = 'embed';
      // Only what we set here: no srcdoc, allowfullscreen, name or event attribute from the feed.
      for (const [name, value] of [
        ['src', player],
        ['title', frame.getAttribute('title') || watch],
        ['sandbox', SANDBOX],
        ['loading', 'lazy'],
        // YouTube refuses to play without knowing the embedding site (error 153); the origin suffices.
        ['referrerpolicy', 'strict-origin-when-cross-origin'],
        ['allow', 'fullscreen; picture-in-picture'],
      ])
        iframe.setAttribute(name!, value!);
      box.append(iframe);
      frame.replaceWith(box);
    } else if (src) {
      // The link goes through the body's link checks with every other link (sanitizeBody).
      const link = doc.createElement('a');
      link.href = src;
      const video =
        VIDEO_FILE.test(frame.getAttribute('type') ?? '') ||
        VIDEO_FILE.test(new URL(src).pathname) ||
        YOUTUBE.test(new URL(src).hostname);
      link.textContent = video ? watch : open;
      const p = doc.createElement('p');
      p.className = 'embed-link';
      p.append(link);
      frame.replaceWith(p);
    } else {
      frame.remove();
    }
  }
  for (const element of root.querySelectorAll('video, audio, source, track')) {
    for (const name of ['src', 'poster']) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      const safe = safeUrl(value, baseUrl, 'resource');
      if (safe) element.setAttribute(name, safe);
      else element.removeAttribute(name);
    }
  }
  for (const media of root.querySelectorAll('video, audio')) {
    if (!media.hasAttribute('src') && !media.querySelector('source[src]')) {
      media.remove();
      continue;
    }
    media.setAttribute('controls', '');
    // Nothing downloads before the visitor presses play.
    media.setAttribute('preload', 'none');
  }
}
