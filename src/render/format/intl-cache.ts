/**
 * One bounded cache for every Intl formatter the elements build, and for the date patterns read
 * into their parts. Making a formatter costs far more than using one (ICU resolves the locale and
 * loads zone data), and zones, locales and patterns come from attributes, so a page that keeps
 * changing them starts over rather than growing.
 */
const formatters = new Map<string, unknown>();

/**
 * The formatter for `key`, made by `make` the first time. Callers start keys with a letter of
 * their own (a zone name or locale follows), so two kinds of formatter never share a key.
 */
export function cachedFormatter<T>(key: string, make: () => T): T {
  if (!formatters.has(key)) {
    if (formatters.size >= 100) formatters.clear();
    formatters.set(key, make());
  }
  return formatters.get(key) as T;
}
