/**
 * "3 giờ trước", "hôm qua lúc 09:03": relative dates for fresh news, absolute after a week.
 * Written here rather than with date-fns `formatRelative`, whose Vietnamese locale calls days of
 * the current week "tuần trước" (last week), and because calendar days must be counted in
 * Vietnam's zone, not the visitor's.
 */
import { msg, str } from '../../i18n/locale.js';
import { calendarDaysAgo, formatDate } from './dates.js';
import { cachedFormatter } from './intl-cache.js';

/** Intl gets plurals right in every language ("1 hour ago", "3 giờ trước"); one formatter per locale. */
function ago(value: number, unit: Intl.RelativeTimeFormatUnit, locale: string): string {
  return cachedFormatter(`r${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'always' })).format(
    -value,
    unit,
  );
}

/**
 * The relative wording for `date`, or undefined when it is a week old or more (or in the future).
 * `lineStart`: the wording opens a line of its own ("Hôm qua lúc 22:11"), so it is capitalised;
 * inside a sentence or brackets it stays as written ("(hôm qua lúc 22:11)").
 */
export function relativeDate(
  date: Date,
  now: Date,
  timeZone: string,
  locale: string,
  lineStart = false,
): string | undefined {
  const wording = relativeWording(date, now, timeZone, locale);
  return wording && lineStart ? wording.charAt(0).toLocaleUpperCase(locale) + wording.slice(1) : wording;
}

function relativeWording(date: Date, now: Date, timeZone: string, locale: string): string | undefined {
  const seconds = (now.getTime() - date.getTime()) / 1000;
  if (seconds < -60) return undefined;
  if (seconds < 60) return msg('vừa xong', { id: 'relative-just-now' });
  const days = calendarDaysAgo(date, now, timeZone);
  if (days === 0) {
    const minutes = Math.floor(seconds / 60);
    return minutes < 60 ? ago(minutes, 'minute', locale) : ago(Math.floor(minutes / 60), 'hour', locale);
  }
  if (days === 1)
    return msg(str`hôm qua lúc ${formatDate(date, 'HH:mm', 'HH:mm', timeZone)}`, { id: 'relative-yesterday' });
  return days < 7 ? ago(days, 'day', locale) : undefined;
}
