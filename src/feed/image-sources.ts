/**
 * The other files of an item's image, as feeds name them: RSS `<media:content url width type>`
 * (several in a `<media:group>` are one picture's renditions) and JSON Feed's `_tin.image_sources`.
 */
import type { ImageSource } from './model.js';
import { safeUrl } from './urls.js';

/**
 * One candidate, or undefined unless its URL may load, its width is a whole number of pixels and
 * its type, when given, an image one: anything else would give the browser a candidate it must
 * guess about, and it would pick a wrong size rather than the `src`.
 */
export function imageSource(
  url: unknown,
  width: unknown,
  type: unknown,
  base: string | undefined,
): ImageSource | undefined {
  const href = safeUrl(url, base, 'resource');
  const pixels = typeof width === 'string' && width.trim() ? Number(width) : width;
  const mimeType = typeof type === 'string' && type.trim() ? type.trim().toLowerCase() : undefined;
  if (!href || !Number.isInteger(pixels) || (pixels as number) <= 0 || (mimeType && !mimeType.startsWith('image/')))
    return undefined;
  return mimeType ? { url: href, width: pixels as number, mimeType } : { url: href, width: pixels as number };
}
