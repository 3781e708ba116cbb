/**
 * Reading dates from feeds. Feeds in the wild mix RFC 3339, RFC 822 and the portals' own
 * "dd-MM-yyyy HH:mm"; a date without a zone was written in Vietnam, whose offset has been
 * a fixed +07:00 (no daylight saving) for decades, so that offset is assumed.
 */
import type { DiagnosticFn } from './parse-options.js';

const ASSUMED_OFFSET = '+07:00';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*([Zz]|[+-]\d{2}:?\d{2})?$/;
const VIETNAMESE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:,?\s+(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?$/;
const RFC822 =
  /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([A-Za-z]{1,5}|[+-]\d{4})?$/;
const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';
// RFC 822 zone names seen in feeds read here; North American ones are obsolete and left out.
const NAMED_ZONES: Record<string, string> = { UT: 'Z', UTC: 'Z', GMT: 'Z', Z: 'Z', ICT: '+07:00' };

const pad = (value: string | number, length = 2) => String(value).padStart(length, '0');

function build(
  y: number,
  mo: number,
  d: number,
  h = 0,
  mi = 0,
  s = 0,
  ms = '',
  // Without a zone, the date was written in Vietnam.
  zone = ASSUMED_OFFSET,
): Date | undefined {
  if (h > 23 || mi > 59 || s > 60) return undefined;
  const offset = zone === 'Z' ? '+00:00' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  const date = new Date(`${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${ms}${offset}`);
  if (Number.isNaN(date.getTime())) return undefined;
  // Date rolls "31 February" over into March; a feed that says so has a wrong date, not a March one.
  const offsetMinutes = (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  const local = new Date(date.getTime() + offsetMinutes * 60_000);
  return local.getUTCFullYear() === y && local.getUTCMonth() + 1 === mo && local.getUTCDate() === d ? date : undefined;
}

/**
 * Parses a feed date; anything unreadable gives `undefined`, never an Invalid Date. `diagnose`
 * hears of each date read without a zone (taken as Vietnam time).
 */
export function parseDate(value: unknown, diagnose?: DiagnosticFn): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  // The zone the text gives, if any.
  let zone: string | undefined;
  let date: Date | undefined;
  let m = ISO.exec(text);
  if (m) {
    zone = m[8]?.toUpperCase();
    date = build(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), m[7] ?? '', zone);
  } else if ((m = VIETNAMESE.exec(text))) {
    date = build(+m[3]!, +m[2]!, +m[1]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  } else if ((m = RFC822.exec(text))) {
    const at = MONTHS.indexOf(m[2]!.toLowerCase());
    const month = at % 3 ? 0 : at / 3 + 1;
    let year = +m[3]!;
    if (year < 100) year += year < 50 ? 2000 : 1900;
    zone = m[7] && (NAMED_ZONES[m[7].toUpperCase()] ?? (/^[+-]\d{4}$/.test(m[7]) ? m[7] : ''));
    if (!month || zone === '') return undefined;
    date = build(year, month, +m[1]!, +m[4]!, +m[5]!, +(m[6] ?? 0), '', zone);
  }
  if (date && !zone) diagnose?.({ kind: 'zoneless-date', value: text });
  return date;
}
