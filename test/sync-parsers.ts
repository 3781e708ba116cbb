// The parsers' synchronous entry points, for building fixtures and testing text fields. Text with
// tags or entities needs the markup scanner, which the library loads before it parses such a feed
// (src/feed/parse.ts); here it is loaded once, before any module that imports these runs.
import { loadMarkupText } from '../src/feed/text.js';

await loadMarkupText();

export { parseJsonFeed } from '../src/feed/json-feed.js';
export { languageTag, multilineText, plainText } from '../src/feed/text.js';
