/**
 * Vietnamese words folded for comparison: search (`render/search.ts`) matches typed words against
 * them, and merged feeds (`feed/merge.ts`) tell the same title in two feeds by them. A chunk of
 * its own, shared by those two lazy chunks.
 */

// The five tones in NFD (huyền, hỏi, ngã, sắc, nặng); a syllable has at most one.
const TONES = '\u0300\u0309\u0303\u0301\u0323';
const TONE = /[\u0300\u0309\u0303\u0301\u0323]/gu;

/**
 * " 1hoa 1binh": each word as its tone's digit (0 for none) and then its letters without it,
 * lower-case and NFC, so "Hoà Bình" and "Hòa Bình" read the same, and punctuation and spacing do
 * not count. Linear: two regex passes and two normalisations of the whole text.
 */
export function foldedWords(text: string): string {
  const words =
    text
      .toLowerCase()
      .normalize('NFD')
      .match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu) ?? [];
  return words
    .map((word) => ` ${TONES.indexOf(word.match(TONE)?.[0] ?? '_') + 1}${word.replace(TONE, '')}`)
    .join('')
    .normalize('NFC');
}
