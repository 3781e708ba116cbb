/**
 * What the browser may choose from for an article's image: `srcset` for the `<img>` (renditions
 * in the image's own format, or of no declared type) and one `<source>` per modern format the
 * feed offers, AVIF before WebP, so each browser takes the smallest file it can decode. Only the
 * `image` the element shows has renditions: a fallback picture (`banner_image`) is another file.
 * Every URL passes the render-time check; one that does not, or that ends in "," (it would split
 * the attribute), is left out alone.
 */
import type { Article } from '../feed/model.js';
import { resourceSrc } from './urls.js';

const MODERN = ['image/avif', 'image/webp'];

export interface ImageChoice {
  readonly srcset?: string;
  readonly sources: readonly { readonly type: string; readonly srcset: string }[];
}

export function imageChoice(article: Article, src: string): ImageChoice {
  const sets: Record<string, string[]> = {};
  if (src === article.image)
    for (const { url, width, mimeType = '' } of article.imageSources ?? []) {
      const safe = resourceSrc(url);
      if (safe && !safe.endsWith(','))
        (sets[MODERN.includes(mimeType) ? mimeType : ''] ??= []).push(`${safe} ${width}w`);
    }
  return {
    srcset: sets['']?.join(', '),
    sources: MODERN.flatMap((type) => (sets[type] ? [{ type, srcset: sets[type].join(', ') }] : [])),
  };
}
