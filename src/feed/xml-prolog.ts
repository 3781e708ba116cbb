/**
 * Where an XML document's root element starts, past the declaration, processing instructions,
 * comments and a DOCTYPE (with its internal subset). A scan with `indexOf`, linear in the text:
 * a regular expression for the same prolog backtracks exponentially on a run of comments.
 */

/** Index of the root element's `<`, or -1 when the prolog is broken or no element follows. */
export function rootElementStart(text: string): number {
  let at = 0;
  for (;;) {
    while (at < text.length && text.charCodeAt(at) <= 0x20) at++;
    if (text.startsWith('<?', at)) at = closeAfter(text, '?>', at + 2);
    else if (text.startsWith('<!--', at)) at = closeAfter(text, '-->', at + 4);
    else if (text.slice(at, at + 9).toUpperCase() === '<!DOCTYPE') {
      const end = text.indexOf('>', at);
      const subset = text.indexOf('[', at);
      at = subset >= 0 && subset < end ? closeAfter(text, '>', closeAfter(text, ']', subset)) : end < 0 ? -1 : end + 1;
    } else return text[at] === '<' ? at : -1;
    if (at < 0) return -1;
  }
}

/**
 * `text` with each comment and processing instruction outside the root element (but the XML
 * declaration) turned into white space of the same length, line breaks kept, so that the
 * parser's line and column numbers stay true. Chromium's XML parser takes quadratic time over
 * nodes at the document's top level: 14,000 empty comments before `<rss>` cost it 0.6 s, in one
 * task; feed readers read nothing from them.
 */
export function blankTopLevelMisc(text: string): string {
  const pieces: string[] = [];
  let kept = 0;
  /** Blanks the run of comments and processing instructions from `at` (space between them kept). */
  const blankRun = (at: number): void => {
    for (;;) {
      while (at < text.length && text.charCodeAt(at) <= 0x20) at++;
      const pi = text.startsWith('<?', at);
      if (!pi && !text.startsWith('<!--', at)) return;
      const end = closeAfter(text, pi ? '?>' : '-->', at + (pi ? 2 : 4));
      if (end < 0) return; // the parser reports what is broken, at the same line and column
      if (!(pi && at === 0 && /^<\?xml\s/.test(text.slice(0, 6)))) {
        pieces.push(text.slice(kept, at), text.slice(at, end).replace(/[^\n\r]/g, ' '));
        kept = end;
      }
      at = end;
    }
  };
  // The prolog, as rootElementStart reads it; then the epilog, after the root's end tag, where
  // only comments, processing instructions and space may follow.
  blankRun(0);
  const name = rootElementName(text);
  const close = name ? closeAfter(text, '>', text.lastIndexOf(`</${name}`)) : -1;
  if (close >= 0) blankRun(close);
  return kept ? pieces.join('') + text.slice(kept) : text;
}

/** Index just past the next `close` at or after `from` (-1 stays -1: nothing closes). */
function closeAfter(text: string, close: string, from: number): number {
  if (from < 0) return -1;
  const at = text.indexOf(close, from);
  return at < 0 ? -1 : at + close.length;
}

/** The root element's name as written (`rss`, `feed`, `rdf:RDF`), or undefined. */
export function rootElementName(text: string): string | undefined {
  const start = rootElementStart(text);
  if (start < 0) return undefined;
  let end = start + 1;
  while (end < text.length && !/[\s/>]/.test(text[end]!)) end++;
  return end > start + 1 ? text.slice(start + 1, end) : undefined;
}
