// Table formatting for the speed report: times and sizes in cells, paired ratios, the Markdown table.
import { summarize } from './stats.mjs';

export const RATIO_GOAL = 1.2;

export const fmt = (value, unit) => {
  if (value === undefined || Number.isNaN(value)) return '—';
  if (unit === 'MB') return `${value.toFixed(2)} MB`;
  if (unit === '') return value.toFixed(3);
  return `${value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0)} ms`;
};
/** A long task's length, or the words for none: the longtask API reports only tasks of 50 ms and more. */
export const taskText = (ms) => (ms > 0 ? fmt(ms) : 'no task ≥ 50 ms');
export const cell = (s, unit) =>
  s ? `${fmt(s.median, unit)} (${fmt(s.p10, unit).replace(/ (ms|MB)$/, '')}–${fmt(s.p90, unit)})` : '—';
/**
 * Longest-task samples (0 = the longtask observer saw none): "no task ≥ 50 ms" when no sample had
 * one, the median and spread when most did, and how many loads had one in between.
 */
export function taskCell(samples) {
  const s = summarize(samples);
  const over = samples.filter((v) => v > 0).length;
  if (!over) return 'no task ≥ 50 ms';
  if (s.median > 0) return cell(s);
  return `no task ≥ 50 ms in ${samples.length - over} of ${samples.length} (max ${fmt(s.max)})`;
}
/** A ratio of longest tasks, only when both sides had one. */
export const taskRatio = (lib, base) => {
  const a = summarize(lib).median;
  const b = summarize(base).median;
  return a > 0 && b > 0 ? `${(a / b).toFixed(2)}×` : '—';
};

/**
 * Ratio library / baseline = median of the per-round ratios (each round runs both variants back to
 * back, so a busy moment on the machine slows both); p10–p90 of those ratios is its spread.
 */
export function ratioOf(lib, base) {
  if (!lib || !base) return undefined;
  const paired = lib.map((value, i) => value / base[i]).filter(Number.isFinite);
  if (!paired.length) return undefined;
  const s = summarize(paired);
  return { value: s.median, p10: s.p10, p90: s.p90, ofMedians: summarize(lib).median / summarize(base).median };
}

export function ratioCell(r) {
  return r ? `${r.value.toFixed(2)}× (${r.p10.toFixed(2)}–${r.p90.toFixed(2)})` : '—';
}

/** A table row comparing library and baseline samples `{ lib, base }` against the ratio `goal`. */
export function ratioRow(figure, data, goal = RATIO_GOAL, unit = 'ms') {
  const r = ratioOf(data.lib, data.base);
  return {
    figure,
    lib: cell(summarize(data.lib), unit),
    base: cell(summarize(data.base), unit),
    ratio: ratioCell(r),
    goal: `≤ ${goal.toFixed(1)}×`,
    met: r.value <= goal ? 'yes' : '**no**',
    r,
  };
}

/**
 * The Lit floor's row under figure `key` (samples `{ lit, base }`): the floor against the baseline,
 * a reference with no goal (bench/pages/lit-floor.js says what the floor is).
 */
export function floorRow(key, data) {
  const row = ratioRow(`${key}, Lit floor) the baseline's work, written as plain LitElement elements`, {
    lib: data.lit,
    base: data.base,
  });
  return { ...row, lib: `Lit floor ${row.lib}`, goal: '— (reference)', met: '—' };
}

export function table(rows) {
  const head = [
    'Figure',
    'Library median (p10–p90)',
    'Baseline median (p10–p90)',
    'Ratio, median of paired rounds (p10–p90)',
    'Goal',
    'Met?',
  ];
  const lines = [
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (i === 0 ? '---' : i === 5 ? ':-:' : '---:')).join('|')}|`,
  ];
  for (const r of rows) lines.push(`| ${[r.figure, r.lib, r.base, r.ratio, r.goal, r.met].join(' | ')} |`);
  return lines.join('\n');
}
