/**
 * The text of a field the spec calls plain text and CMSs fill with HTML (titles, summaries,
 * names, tags). One forward scan, linear in the input, tells tags from text the way a reader
 * would: `<b>`, `</p>`, `<img …>` and `<!-- … -->` are markup and go; `<<Sao Mai>>`, `<‹Xuân›>`,
 * `<100 triệu` and a lone `<style>` are words and stay, byte for byte. An HTML parser cannot make
 * that call: it reads `<Sao Mai>` as an element and `<style>` as the start of a style sheet that
 * swallows the rest of the title.
 *
 * What counts as a tag: `<` or `</`, then the name of an HTML element (or a namespaced `o:p`, or a
 * custom `x-y`), then white space, `/` or `>`, up to a `>` outside quoted attribute values, with
 * attribute names in ASCII. A tag that never closes makes the rest of the field text. Elements whose content HTML reads as raw
 * text (`<script>`, `<style>`, `<textarea>`, `<title>`…) are markup only when their end tag
 * follows; alone they are words. Closed, what they hold is text as it stands, except the code of
 * `<script>`, `<style>` and `<template>`, which no reader sees and so goes.
 */
import { parseInertHtml } from './inert-html.js';

// Whether the browser knows a tag name as an element (asked once per name): "<b>" is markup,
// "<Sao Mai>" a word in quotes. Namespaced (o:p) and custom (x-y) names count as markup too.
const known = new Map<string, boolean>();
function isElementName(name: string): boolean {
  let answer = known.get(name);
  if (answer === undefined) {
    // <svg> and <math> are elements of their own namespaces, unknown to createElement.
    answer = /[:-]|^(?:svg|math)$/.test(name) || !(document.createElement(name) instanceof HTMLUnknownElement);
    known.set(name, answer);
  }
  return answer;
}

/** Elements whose edges separate words: "<p>Một</p><p>Hai</p>" reads "Một Hai", not "MộtHai". */
const BLOCKS = new Set(
  'address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul'.split(
    ' ',
  ),
);

/** Elements whose content is raw text up to their end tag: no tags inside. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'template']);
/** Raw-text elements whose content is code, not text. */
const CODE = new Set(['script', 'style', 'template']);

const isAsciiLetter = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
const isNameChar = (code: number) =>
  isAsciiLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x3a;
const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;

interface Tag {
  readonly name: string;
  readonly closing: boolean;
  /** Index just past the tag's `>`. */
  readonly end: number;
}

/** Decodes character references in text that holds no markup (every "<" in it is literal). */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return parseInertHtml(text.replaceAll('<', '&lt;')).body.textContent ?? '';
}

/** The text of `value` with its tags dropped and character references decoded (white space as written). */
export function markupToText(value: string): string {
  // What is known not to exist further on, so no search runs twice over the same text: no "-->"
  // from this index on; per raw-text element, no end tag from its index on.
  let commentsUnclosedFrom = Infinity;
  const unclosedFrom = new Map<string, number>();
  // Where the last failed attribute scan stopped: no "<" before it can start a tag either (it
  // would scan into the same stop), so no stretch is scanned twice.
  let scannedTo = 0;

  /** The tag at `at` (which holds `<`); `undefined` when it is text; `null` when it never closes. */
  const tagAt = (at: number): Tag | undefined | null => {
    const next = value.charCodeAt(at + 1);
    if (next === 0x21 /* ! */) {
      if (!value.startsWith('<!--', at)) return undefined;
      const close = at >= commentsUnclosedFrom ? -1 : value.indexOf('-->', at + 4);
      if (close >= 0) return { name: '!', closing: false, end: close + 3 };
      commentsUnclosedFrom = Math.min(commentsUnclosedFrom, at);
      return undefined;
    }
    const closing = next === 0x2f; /* / */
    let index = at + (closing ? 2 : 1);
    if (!isAsciiLetter(value.charCodeAt(index))) return undefined;
    const nameStart = index;
    while (isNameChar(value.charCodeAt(index))) index++;
    const after = value.charCodeAt(index);
    if (!(isSpace(after) || after === 0x2f || after === 0x3e) /* / > */) return undefined;
    const name = value.slice(nameStart, index).toLowerCase();
    // "<<Em ơi Hà Nội phố>>": a name after "<<" is a title in quotes, however HTML-like.
    if (value[at - 1] === '<' || !isElementName(name)) return undefined;
    // Attributes: a quoted value may hold ">" (alt="a > b"), so quotes are skipped whole; a letter
    // no attribute name has ("<em ơi>") makes this a word, not a tag. 0: names, 1: after "=", 2: a bare value.
    let state = 0;
    for (; index < value.length; index++) {
      const code = value.charCodeAt(index);
      if (code === 0x3e) return { name, closing, end: index + 1 };
      if (state === 1 && (code === 0x22 || code === 0x27)) {
        index = value.indexOf(value[index]!, index + 1);
        if (index < 0) return null;
        state = 0;
      } else if (isSpace(code)) {
        if (state === 2) state = 0;
      } else if (state === 0) {
        if (code === 0x3d /* = */) state = 1;
        else if (code > 0x7e) return void (scannedTo = index);
      } else {
        state = 2;
      }
    }
    return null;
  };

  /** The end tag of raw-text element `name` at or after `from`, or undefined. */
  const endOf = (name: string, from: number): { start: number; end: number } | undefined => {
    if (from < (unclosedFrom.get(name) ?? Infinity)) {
      for (let at = value.indexOf('</', from); at >= 0;) {
        const tag = tagAt(at);
        if (tag === null) break;
        if (tag?.name === name && tag.closing) return { start: at, end: tag.end };
        // Past a whole tag, not into it: its attributes are scanned once.
        at = value.indexOf('</', tag ? tag.end : Math.max(at + 2, scannedTo));
      }
      unclosedFrom.set(name, from);
    }
    return undefined;
  };

  const parts: string[] = [];
  let textFrom = 0;
  let at = value.indexOf('<');
  while (at >= 0) {
    const tag = tagAt(at);
    if (tag === null) break; // a tag that never closes: the rest is text
    if (!tag) {
      at = value.indexOf('<', Math.max(at + 1, scannedTo));
      continue;
    }
    parts.push(value.slice(textFrom, at));
    let end = tag.end;
    if (!tag.closing && RAW_TEXT.has(tag.name)) {
      const close = endOf(tag.name, end);
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
