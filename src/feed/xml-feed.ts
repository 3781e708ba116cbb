// PLACEHOLDER (build unblocker) — the RSS/Atom parser helper overwrites this file entirely.
import { FeedError, type Feed, type WarnFn } from './model.js';

export function parseXmlFeed(_text: string, sourceUrl?: string, _warn?: WarnFn): Feed {
  throw new FeedError('parse', 'RSS/Atom parsing is not available yet', sourceUrl);
}
