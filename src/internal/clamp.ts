/**
 * A whole number from an attribute or property, within `[min, max]`. Zero and anything that is
 * not a finite number (a typo, a string set by code) give `fallback`, as an absent attribute does.
 */
export function clampInt(value: unknown, min: number, max: number, fallback: number): number {
  const number = typeof value === 'number' && Number.isFinite(value) ? Math.floor(value) : 0;
  return number ? Math.min(max, Math.max(min, number)) : fallback;
}

/** An ARIA heading level (2–6): the page's own `<h1>` stays the only level 1. */
export const headingLevel = (value: unknown, fallback: number): number => clampInt(value, 2, 6, fallback);
