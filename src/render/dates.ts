/**
 * The one place dates are formatted. Portals print dates in Vietnam's zone whatever the
 * visitor's machine says, so every date goes through `TZDate`. Formats are date-fns
 * `lightFormat` patterns (numeric tokens: yyyy MM dd HH hh mm ss a, and 'quoted text'); the
 * full `format` with locale data would triple the date code for tokens portals do not use.
 */
import { TZDateMini as TZDate } from '@date-fns/tz/date/mini';
import { lightFormat } from 'date-fns/lightFormat';

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Portal conventions: cards and the article "09-07-2019 09:03", list items "09/07/2019". */
export const DATE_TIME_FORMAT = 'dd-MM-yyyy HH:mm';
export const DATE_FORMAT = 'dd/MM/yyyy';

const validZones = new Map<string, boolean>();

// Asked with the options TZDate's own formatter uses, so no other locale's ICU data loads. Not
// through tzOffset: its fallback accepts "constructor" (an object key) and "UTC+07"-like strings.
function isValidZone(zone: string): boolean {
  let valid = validZones.get(zone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
      valid = true;
    } catch {
      valid = false;
    }
    validZones.set(zone, valid);
  }
  return valid;
}

const zoneOf = (timeZone: string | undefined) => (timeZone && isValidZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE);

/** The instant as seen on a wall clock in `timeZone` (an invalid zone falls back to Vietnam's). */
export function inZone(date: Date, timeZone: string | undefined): InstanceType<typeof TZDate> {
  return new TZDate(date.getTime(), zoneOf(timeZone));
}

// Every zoned date costs several Intl calls (TZDate resolves the offset each time); lists render
// the same dates again on every update, so formatted strings are remembered. Bounded: a long-lived
// page with refreshing feeds starts over rather than growing.
const formatted = new Map<string, string>();

function remember(key: string, compute: () => string): string {
  let value = formatted.get(key);
  if (value === undefined) {
    if (formatted.size >= 5000) formatted.clear();
    formatted.set(key, (value = compute()));
  }
  return value;
}

/** Formats `date` with a lightFormat `pattern` in `timeZone`; a bad pattern falls back to `fallback`. */
export function formatDate(date: Date, pattern: string | undefined, fallback: string, timeZone?: string): string {
  const zone = zoneOf(timeZone);
  return remember(`${date.getTime()}|${zone}|${pattern}|${fallback}`, () => {
    const zoned = new TZDate(date.getTime(), zone);
    if (pattern) {
      try {
        return lightFormat(zoned, pattern);
      } catch {
        // An unsupported token in an attribute is the webmaster's typo; show the default instead of nothing.
      }
    }
    return lightFormat(zoned, fallback);
  });
}

/** The `datetime` attribute value: ISO 8601 with the zone's offset, e.g. "2019-07-09T09:03:00+07:00". */
export function isoInZone(date: Date, timeZone?: string): string {
  const zone = zoneOf(timeZone);
  return remember(`${date.getTime()}|${zone}`, () => {
    const zoned = new TZDate(date.getTime(), zone);
    const offset = -zoned.getTimezoneOffset();
    const abs = Math.abs(offset);
    const hh = String(Math.floor(abs / 60)).padStart(2, '0');
    const mm = String(abs % 60).padStart(2, '0');
    return `${lightFormat(zoned, "yyyy-MM-dd'T'HH:mm:ss")}${offset < 0 ? '-' : '+'}${hh}:${mm}`;
  });
}

/** Whole calendar days from `date` to `now` in `timeZone` (0 = same day, 1 = yesterday). */
export function calendarDaysAgo(date: Date, now: Date, timeZone?: string): number {
  const a = inZone(date, timeZone);
  const b = inZone(now, timeZone);
  const dayA = Date.UTC(a.getFullYear(), a.getMonth(), a.getDate());
  const dayB = Date.UTC(b.getFullYear(), b.getMonth(), b.getDate());
  return Math.round((dayB - dayA) / 86_400_000);
}
