/**
 * The text of a field the spec calls plain text and CMSs fill with HTML (titles, summaries,
 * names, tags). One forward scan, linear in the input, tells tags from text the way a reader
 * would: `<b>`, `</p>`, `<img …>` and `<!-- … -->` are markup and go; `<<Sao Mai>>`, `<‹Xuân›>`,
 * `<100 triệu` and a lone `<style>` are words and stay, byte for byte. An HTML parser cannot make
 * that call: it reads `<Sao Mai>` as an element and `<style>` as the start of a style sheet that
 * swallows the rest of the title.
 *
 * What counts as a tag: `<` or `</`, then the name of an HTML element (or a namespaced `o:p`, or a
 * custom `x-y`), then white space, `/` or `>`, up to a `>` outside quoted attribute values. A tag
 * that never closes makes the rest of the field text. Elements whose content HTML reads as raw
 * text (`<script>`, `<style>`, `<textarea>`, `<title>`…) are markup only when their end tag
 * follows; alone they are words. Closed, what they hold is text as it stands, except the code of
 * `<script>`, `<style>` and `<template>`, which no reader sees and so goes.
 */
import { parseInertHtml } from './inert-html.js';

// The elements CMS editors and generators put in text fields; a rarer name reads as text (harmless).
const ELEMENTS = new Set(
  ('a abbr acronym article aside audio b big blockquote body br button center cite code dd del div dl dt em embed ' +
    'figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins kbd label li link ' +
    'main mark meta nav nobr noscript object ol option p picture pre q s samp script section select small source span ' +
    'strike strong style sub sup svg table tbody td template textarea tfoot th thead time title tr tt u ul var video wbr xmp').split(' '),
);

/** Elements whose edges separate words: "<p>Một</p><p>Hai</p>" reads "Một Hai", not "MộtHai". */
const BLOCKS = new Set(
  'address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul'.split(' '),
);

/** Elements whose content is raw text up to their end tag: no tags inside. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'template']);
/** Raw-text elements whose content is code, not text. */
const CODE = new Set(['script', 'style', 'template']);

const isAsciiLetter = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
const isNameChar = (code: number) => isAsciiLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x3a;
const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;

interface Tag {
  readonly name: string;
  readonly closing: boolean;
  /** Index just past the tag's `>`. */
  readonly end: number;
}

/** Where a markup scan stands: the text, and what is known not to exist further on. */
class Scanner {
  /** No `-->` from this index on (once a search failed, later ones would too). */
  private commentsCloseBefore = Infinity;
  /** Per raw-text element: no end tag from this index on. */
  private readonly unclosedFrom = new Map<string, number>();

  constructor(readonly text: string) {}

  /** The tag at `at` (which holds `<`); `undefined` when it is text; `null` when it never closes. */
  tagAt(at: number): Tag | undefined | null {
    const text = this.text;
    const next = text.charCodeAt(at + 1);
    if (next === 0x21 /* ! */) {
      if (text.startsWith('<!--', at)) {
        const close = at >= this.commentsCloseBefore ? -1 : text.indexOf('-->', at + 4);
        if (close < 0) {
          this.commentsCloseBefore = Math.min(this.commentsCloseBefore, at);
          return undefined;
        }
        return { name: '!', closing: false, end: close + 3 };
      }
      return undefined;
    }
    const closing = next === 0x2f; /* / */
    let index = at + (closing ? 2 : 1);
    if (!isAsciiLetter(text.charCodeAt(index))) return undefined;
    const nameStart = index;
    while (isNameChar(text.charCodeAt(index))) index++;
    const after = text.charCodeAt(index);
    if (!(isSpace(after) || after === 0x2f || after === 0x3e) /* / > */) return undefined;
    const name = text.slice(nameStart, index).toLowerCase();
    if (!ELEMENTS.has(name) && !name.includes(':') && !name.includes('-')) return undefined;
    // Attributes: a quoted value may hold ">" (alt="a > b"), so quotes are skipped whole.
    let afterEquals = false;
    for (; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code === 0x3e) return { name, closing, end: index + 1 };
      if (afterEquals && (code === 0x22 || code === 0x27)) {
        const close = text.indexOf(text[index]!, index + 1);
        if (close < 0) return null;
        index = close;
        afterEquals = false;
      } else if (code === 0x3d /* = */) {
        afterEquals = true;
      } else if (!isSpace(code)) {
        afterEquals = false;
      }
    }
    return null;
  }

  /** The end tag of raw-text element `name` at or after `from`, or undefined. */
  endOf(name: string, from: number): { start: number; end: number } | undefined {
    const text = this.text;
    if (from >= (this.unclosedFrom.get(name) ?? Infinity)) return undefined;
    for (let at = text.indexOf('</', from); at >= 0; ) {
      const tag = this.tagAt(at);
      if (tag === null) break;
      if (tag?.name === name && tag.closing) return { start: at, end: tag.end };
      // Past a whole tag, not into it: its attributes are scanned once.
      at = text.indexOf('</', tag ? tag.end : at + 2);
    }
    this.unclosedFrom.set(name, from);
    return undefined;
  }
}

/** Decodes character references in text that holds no markup (every "<" in it is literal). */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return parseInertHtml(text.replaceAll('<', '&lt;')).body.textContent ?? '';
}

/** The text of `value` with its tags dropped and character references decoded (white space as written). */
export function markupToText(value: string): string {
  const scanner = new Scanner(value);
  const parts: string[] = [];
  let textFrom = 0;
  let at = value.indexOf('<');
  while (at >= 0) {
    const tag = scanner.tagAt(at);
    if (tag === null) break; // a tag that never closes: the rest is text
    if (!tag) {
      at = value.indexOf('<', at + 1);
      continue;
    }
    parts.push(value.slice(textFrom, at));
    let end = tag.end;
    if (!tag.closing && RAW_TEXT.has(tag.name)) {
      const close = scanner.endOf(tag.name, end);
      // Alone, "<style>" is a word of the title; closed, it wraps raw text.
      if (!close) parts.push(value.slice(at, end));
      else {
        if (!CODE.has(tag.name)) parts.push(value.slice(end, close.start));
        end = close.end;
      }
    } else if (BLOCKS.has(tag.name)) {
      parts.push(' ');
    }
    textFrom = end;
    at = value.indexOf('<', end);
  }
  parts.push(value.slice(textFrom));
  return decodeEntities(parts.join(''));
}
