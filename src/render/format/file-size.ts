import { cachedFormatter } from './intl-cache.js';

const UNITS = ['B', 'KB', 'MB', 'GB'];

/** "1,2 MB" in Vietnamese number style (decimal comma), "1.2 MB" in English. */
export function formatFileSize(bytes: number, locale: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const formatter = cachedFormatter(`n${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }));
  return `${formatter.format(value)} ${UNITS[unit]}`;
}

/** "PDF", "DOCX"… from the MIME type or, failing that, the file name. */
export function fileTypeLabel(mimeType: string, url: string): string {
  const fromName = /\.([a-z0-9]{1,5})(?:[?#]|$)/i.exec(url)?.[1];
  if (fromName) return fromName.toUpperCase();
  const sub = mimeType.split('/')[1] ?? '';
  return (sub.split(/[+.;-]/).pop() ?? sub).toUpperCase();
}
