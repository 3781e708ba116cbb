/**
 * The one place dates are formatted. Portals print dates in Vietnam's zone whatever the visitor's
 * machine says. Patterns use a handful of numeric tokens (yyyy MM dd HH hh mm ss a, 'quoted text')
 * plus weekday names, so they are read here: a date library with zone support cost the start
 * bundle 2 KB and several Intl calls per date, where this asks Intl once per date at most.
 */
import { msg } from '../../i18n/locale.js';
import { cachedFormatter } from './intl-cache.js';

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Portal conventions: cards and the article "09-07-2019 09:03", list items "09/07/2019". */
export const DATE_TIME_FORMAT = 'dd-MM-yyyy HH:mm';
export const DATE_FORMAT = 'dd/MM/yyyy';

// Vietnam has kept UTC+07:00, without daylight saving, since 13 June 1975 (midnight at +08:00),
// so almost every date in the default zone is plain arithmetic. Older ones ask Intl, which knows
// the offsets Vietnam had before.
const VIETNAM_FIXED_SINCE = Date.UTC(1975, 5, 12, 16);
const VIETNAM_OFFSET = 7 * 3_600_000;

// null for what is not a zone Intl knows, such as "constructor" or "UTC+07".
const zoneFormatter = (zone: string) =>
  cachedFormatter(`z${zone}`, () => {
    try {
      return new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        era: 'short',
      });
    } catch {
      return null;
    }
  });

/** The wall clock in `timeZone` at `date`, as a Date whose UTC fields read it (an invalid zone falls back to Vietnam's). */
function wallClock(date: Date, timeZone = DEFAULT_TIME_ZONE): Date {
  const time = date.getTime();
  const zone = timeZone === DEFAULT_TIME_ZONE || !zoneFormatter(timeZone) ? DEFAULT_TIME_ZONE : timeZone;
  if (zone === DEFAULT_TIME_ZONE && time >= VIETNAM_FIXED_SINCE) return new Date(time + VIETNAM_OFFSET);
  const parts: Record<string, number> = {};
  let bc = false;
  for (const { type, value } of zoneFormatter(zone)!.formatToParts(time)) {
    parts[type] = +value;
    bc ||= value === 'BC';
  }
  // Not Date.UTC, which reads years 0–99 as 1900–1999: CMSs write "no date" as 0001-01-01, and
  // west of Greenwich that is still 1 BC (year 0). The formatter's options ask for every part used.
  const wall = new Date(0);
  wall.setUTCFullYear(bc ? 1 - parts.year! : parts.year!, parts.month! - 1, parts.day!);
  // Some engines write midnight as hour 24 of the same day. The parts stop at whole seconds and
  // offsets are whole seconds (old local mean times have some), so rounding up gives it exactly.
  return new Date(
    time + Math.ceil((wall.setUTCHours(parts.hour! % 24, parts.minute!, parts.second!) - time) / 1000) * 1000,
  );
}

// Messages, not Intl: Intl's Vietnamese says "Thứ Ba" and "Thứ 3" where portals write "Thứ ba" and
// "T3". msg() answers in the language of the element being rendered, so callers pass no locale.
// Each list is one message: it translates as a whole and costs one id.
const weekdays = (full: boolean) =>
  (full
    ? msg('Chủ nhật,Thứ hai,Thứ ba,Thứ tư,Thứ năm,Thứ sáu,Thứ bảy', { id: 'weekdays' })
    : msg('CN,T2,T3,T4,T5,T6,T7', { id: 'weekdays-short' })
  ).split(',');

// A run of one letter, an escaped quote, quoted text (to the end if unclosed), or any character.
const TOKENS = /(\w)\1*|''|'(''|[^'])+('|$)|./g;

/** A pattern's tokens, each as the function that writes its part of a wall clock. */
type Part = (wall: Date) => string;

/** Reads `pattern` into its parts; throws a RangeError on a letter that is not a token. */
function compile(pattern: string): Part[] {
  return (pattern.match(TOKENS) ?? []).map((token): Part => {
    const n = token.length;
    const pad = (value: number, length = n) => String(value).padStart(length, '0');
    const text = token === "''" ? "'" : token[0] === "'" ? token.slice(1).replace(/'$/, '').replace(/''/g, "'") : token;
    switch (token[0]) {
      case "'":
        return () => text;
      case 'y':
        return (wall) => {
          // Years before 1 are written as years BC (there is no year 0).
          const year = wall.getUTCFullYear();
          const era = year > 0 ? year : 1 - year;
          return pad(token === 'yy' ? era % 100 : era);
        };
      case 'M':
        return (wall) => pad(wall.getUTCMonth() + 1, Math.min(n, 2));
      case 'd':
        return (wall) => pad(wall.getUTCDate());
      case 'H':
        return (wall) => pad(wall.getUTCHours());
      case 'h':
        return (wall) => pad(wall.getUTCHours() % 12 || 12);
      case 'm':
        return (wall) => pad(wall.getUTCMinutes());
      case 's':
        return (wall) => pad(wall.getUTCSeconds());
      case 'S':
        return (wall) => pad(Math.trunc(wall.getUTCMilliseconds() * 10 ** (n - 3)));
      case 'a':
        return (wall) => {
          const half = wall.getUTCHours() > 11 ? 'p' : 'a';
          return n < 3 ? `${half}m`.toUpperCase() : n === 3 ? `${half}m` : n === 5 ? half : `${half}.m.`;
        };
    }
    if (token[0] === 'E' && n < 5) return (wall) => weekdays(n === 4)[wall.getUTCDay()]!;
    if (/[a-z]/i.test(token)) throw new RangeError(token);
    return () => text;
  });
}

/**
 * `wall`'s fields through `pattern`, read once per pattern (a list of a thousand items has one or
 * two); throws a RangeError on a letter that is not a token.
 */
function render(wall: Date, pattern: string): string {
  let out = '';
  for (const part of cachedFormatter(`d${pattern}`, () => compile(pattern))) out += part(wall);
  return out;
}

/** Formats `date` with `pattern` in `timeZone`; a bad pattern falls back to `fallback`. */
export function formatDate(date: Date, pattern: string | undefined, fallback: string, timeZone?: string): string {
  const wall = wallClock(date, timeZone);
  if (pattern) {
    try {
      return render(wall, pattern);
    } catch {
      // An unsupported token in an attribute is the webmaster's typo; show the default instead of nothing.
    }
  }
  return render(wall, fallback);
}

/** The `datetime` attribute value: ISO 8601 with the zone's offset, e.g. "2019-07-09T09:03:00+07:00". */
export function isoInZone(date: Date, timeZone?: string): string {
  const wall = wallClock(date, timeZone);
  // ISO 8601 offsets are whole minutes: the seconds of an old local mean time are cut off.
  const offset = Math.trunc((wall.getTime() - date.getTime()) / 60_000);
  return `${render(wall, "yyyy-MM-dd'T'HH:mm:ss")}${offset < 0 ? '-' : '+'}${render(new Date(Math.abs(offset) * 60_000), 'HH:mm')}`;
}

/** Whole calendar days from `date` to `now` in `timeZone` (0 = same day, 1 = yesterday). */
export function calendarDaysAgo(date: Date, now: Date, timeZone?: string): number {
  const day = (at: Date) => Math.floor(wallClock(at, timeZone).getTime() / 86_400_000);
  return day(now) - day(date);
}
