/**
 * The date code the elements shipped before their own formatter (date-fns `lightFormat` on
 * `TZDateMini`), kept as the reference the randomised comparison checks against. Test-only:
 * date-fns and @date-fns/tz are dev dependencies for this file alone.
 */
import { TZDateMini } from '@date-fns/tz/date/mini';
import { lightFormat } from 'date-fns/lightFormat';
import { expect } from '@open-wc/testing';
import { calendarDaysAgo, formatDate, isoInZone } from '../../src/render/format/dates.js';

type Zoned = InstanceType<typeof TZDateMini>;

export const ZONES = [
  'Asia/Ho_Chi_Minh',
  'UTC',
  'America/New_York',
  'Europe/London',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'America/St_Johns',
  'Asia/Kathmandu',
  'Africa/Casablanca',
];

/** The portals' patterns and the tokens they are made of, all well formed. */
export const PATTERNS = [
  'dd-MM-yyyy HH:mm',
  'dd/MM/yyyy',
  "yyyy-MM-dd'T'HH:mm:ss",
  'h:mm a',
  'd/M/yy',
  "'Ngày' dd 'tháng' MM",
  "HH 'giờ' mm",
  'ss.S ss.SS ss.SSS ss.SSSS',
];

/** Every token length, quoting corner cases and patterns the old formatter rejected (the fallback is used). */
export const EDGE_PATTERNS = [
  'y yy yyy yyyy yyyyy M MM MMM MMMM d dd ddd H HH HHH h hh m mm s ss SSSSSS',
  'hh a aa aaa aaaa aaaaa aaaaaa',
  "'It''s' HH''mm '' 'unclosed",
  "HH'",
  'HH:mm_01 – ư ô',
  'dd-MM-yyyy Q',
  'HH:mm z',
  'Ngày dd',
  'EEEEE',
];

// Quoted text between patterns: each part formats as it would alone, and one call per instant
// keeps 20,000 instants × 10 zones quick enough for a shared test machine.
const JOINED = PATTERNS.join("' | '");
const EDGE_COUNT = 2_000;

const FALLBACK = 'dd-MM-yyyy HH:mm';

/** mulberry32: a small seeded PRNG, so a failure can be replayed. */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FROM = Date.UTC(1900, 0, 1);
const TO = Date.UTC(2101, 0, 1);
const QUARTER_HOUR = 900_000;
const YEAR_100 = Date.parse('0100-01-02T00:00:00Z');

/**
 * `count` instants, nearly all from 1900 to 2100: half anywhere to the millisecond, half a
 * millisecond around quarter hours, where offsets change and wall clocks read midnight.
 */
export function instants(count: number, seed: number): number[] {
  const next = random(seed);
  // And the edges: "no date" as CMSs write it (0001-01-01), the years Date.UTC reads as 19xx, the last date.
  const edges = [
    '0001-01-01T00:00:00Z',
    '0099-12-31T23:59:59.999Z',
    '0100-03-01T12:00:00Z',
    '1899-12-31T23:00:00Z',
    '9999-12-31T23:59:59Z',
  ];
  return edges.map(Date.parse).concat(
    Array.from({ length: count - edges.length }, (_, i) => {
      const time = FROM + Math.floor(next() * (TO - FROM));
      return i % 2 ? time : Math.round(time / QUARTER_HOUR) * QUARTER_HOUR + Math.floor(next() * 3) - 1;
    }),
  );
}

// What the elements did before, line for line.
function oldFormat(date: Zoned, pattern: string): string {
  try {
    return lightFormat(date, pattern);
  } catch {
    return lightFormat(date, FALLBACK);
  }
}

function oldIso(zoned: Zoned): string {
  const offset = -zoned.getTimezoneOffset();
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${lightFormat(zoned, "yyyy-MM-dd'T'HH:mm:ss")}${offset < 0 ? '-' : '+'}${hh}:${mm}`;
}

function oldDaysAgo(date: Zoned, now: Zoned): number {
  const dayA = Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
  const dayB = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((dayB - dayA) / 86_400_000);
}

const offsetNames = new Map<string, Intl.DateTimeFormat>();

/**
 * Whether @date-fns/tz misreads the offset: it parses "GMT-00:30:20" as +00:30:20 (the sign of
 * "-00" is lost), so Casablanca before 1913 (and Dublin before 1916) came out an hour off. The new
 * formatter gets these right; the comparison leaves them out and a test pins the right value.
 */
export function misreadByOldCode(time: number, zone: string): boolean {
  let names = offsetNames.get(zone);
  if (!names)
    offsetNames.set(zone, (names = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })));
  return names.format(time).includes('GMT-00:');
}

/**
 * Compares each instant × pattern in `zone` with the old code (the edge patterns on the first
 * 2,000 instants), and isoInZone and calendarDaysAgo; returns how many instants were compared.
 */
export function compareZone(zone: string, times: number[], seed: number): number {
  const next = random(seed);
  let compared = 0;
  for (const time of times) {
    if (misreadByOldCode(time, zone)) continue;
    const date = new Date(time);
    const zoned = new TZDateMini(time, zone);
    const where = `${zone} at ${date.toISOString()}`;
    const patterns = compared < EDGE_COUNT ? [JOINED, ...PATTERNS, ...EDGE_PATTERNS] : [JOINED];
    for (const pattern of patterns) {
      const actual = formatDate(date, pattern, FALLBACK, zone);
      const expected = oldFormat(zoned, pattern);
      if (actual !== expected) expect(actual, `${where}, "${pattern}"`).to.equal(expected);
    }
    const iso = isoInZone(date, zone);
    if (iso !== oldIso(zoned)) expect(iso, `${where}, isoInZone`).to.equal(oldIso(zoned));
    compared++;
    // "now" up to 40 days later (sometimes a little earlier), across midnights and offset changes.
    const now = new Date(time + Math.floor((next() - 0.05) * 40 * 86_400_000));
    // The old code counted days with Date.UTC, which reads years 0–99 as 1900–1999.
    if (misreadByOldCode(now.getTime(), zone) || Math.min(time, now.getTime()) < YEAR_100) continue;
    const days = calendarDaysAgo(date, now, zone);
    const oldDays = oldDaysAgo(zoned, new TZDateMini(now.getTime(), zone));
    if (days !== oldDays) expect(days, `${where}, calendarDaysAgo to ${now.toISOString()}`).to.equal(oldDays);
  }
  return compared;
}

const PATTERN_CHARACTERS = "yyyyMMMddHHhhmmssSSaaa''' -/:.,_1ưQzXw";

/** Random patterns (tokens, quotes, stray letters) formatted at random instants, against the old code. */
export function compareRandomPatterns(count: number, seed: number): void {
  const next = random(seed);
  const times = instants(count, seed + 1);
  for (const time of times) {
    const zone = ZONES[Math.floor(next() * ZONES.length)]!;
    if (misreadByOldCode(time, zone)) continue;
    const length = 1 + Math.floor(next() * 12);
    let pattern = '';
    for (let i = 0; i < length; i++) pattern += PATTERN_CHARACTERS[Math.floor(next() * PATTERN_CHARACTERS.length)];
    const actual = formatDate(new Date(time), pattern, FALLBACK, zone);
    const expected = oldFormat(new TZDateMini(time, zone), pattern);
    if (actual !== expected)
      expect(actual, `${zone} at ${new Date(time).toISOString()}, "${pattern}"`).to.equal(expected);
  }
}
