/**
 * How a card's image loads: the first card of a page or grid at once with high priority (likely
 * the page's largest paint), the rest of a grid's first row at once, every other lazily. Decided
 * from the card's place, never from its position on screen, which each card would have to force
 * a layout to read.
 */
export interface ImageLoading {
  readonly loading: 'eager' | 'lazy';
  readonly priority?: 'high';
}

export const FIRST_IMAGE: ImageLoading = { loading: 'eager', priority: 'high' };
export const EAGER_IMAGE: ImageLoading = { loading: 'eager' };
export const LAZY_IMAGE: ImageLoading = { loading: 'lazy' };
