/**
 * The item-collection rules every parser shares: an item a reader returns as a reason string is
 * skipped with one warning naming its index; a repeated id keeps the first; text in a legacy
 * Vietnamese encoding is flagged.
 */
import type { Article, WarnFn } from './model.js';
import { detectLegacyEncoding } from './text.js';

export function collectItems<T>(raw: readonly T[], read: (value: T) => Article | string, warn: WarnFn): Article[] {
  const seen = new Set<string>();
  const items: Article[] = [];
  raw.forEach((value, index) => {
    const item = read(value);
    if (typeof item === 'string') {
      warn(`Skipped item ${index}: ${item}.`);
    } else if (seen.has(item.id)) {
      warn(`Skipped item ${index}: duplicate id "${item.id.slice(0, 80)}".`);
    } else {
      seen.add(item.id);
      items.push(item);
      const legacy = detectLegacyEncoding(`${item.title} ${item.summary ?? ''}`);
      if (legacy) warn(`Item ${index} ("${item.id.slice(0, 80)}") looks like ${legacy}-encoded text, not Unicode; ask the publisher to convert it.`);
    }
  });
  return items;
}
