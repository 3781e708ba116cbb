#!/usr/bin/env node
// Measures the shipped bundles (minified and gzip -9) and fails when a budget is exceeded.
// Writes the table into BENCHMARKS.md between the size markers. Run after `npm run build`.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const CDN = 'dist/cdn';
const KB = 1024;
const BUDGET_CARDS_LISTS = 20 * KB;
const BUDGET_SUITE = 30 * KB;

if (!existsSync(join(CDN, 'tin-widgets.js'))) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}

const files = [];
(function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.js')) files.push(path);
  }
})(CDN);

const measure = (path) => {
  const bytes = readFileSync(path);
  return { path: relative(CDN, path), min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, text: bytes.toString() };
};
const all = files.map(measure);
const byPath = new Map(all.map((f) => [f.path, f]));

// What a module loads before anything lazy: follow static imports only.
function eagerClosure(path, seen = new Set()) {
  if (seen.has(path)) return seen;
  seen.add(path);
  const file = byPath.get(path);
  for (const match of file.text.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+)["']/g)) {
    const target = relative(CDN, join(CDN, path, '..', match[1]));
    if (byPath.has(target)) eagerClosure(target, seen);
  }
  return seen;
}

const sum = (paths, key) => [...paths].reduce((total, p) => total + byPath.get(p)[key], 0);
// At start: the entry, what it imports statically, and the core chunk it requests at once
// (dynamic imports let the core and an on-demand chunk download side by side).
const eager = eagerClosure('tin-widgets.js');
for (const match of byPath.get('tin-widgets.js').text.matchAll(/import\(\s*["'`]\.\/(chunks\/core-[^"'`]+)["'`]\s*\)/g)) eagerClosure(match[1], eager);
const esFiles = all.filter((f) => f.path !== 'tin-widgets.iife.js').map((f) => f.path);
// Loaded only when needed: DOMPurify (browsers without the HTML Sanitizer API), English texts, RSS/Atom,
// the splitter for JSON feeds over 256 KB, the next_url pager.
const isPurify = (p) => /purify/.test(p);
const isExtra = (p) => /(^|\/)(en|xml-feed|large-feed|next-page|legacy-text|from-code|relative-date)-/.test(p);
const suiteModern = esFiles.filter((p) => !isPurify(p) && !isExtra(p));
const suiteWithPurify = esFiles.filter((p) => !isExtra(p));
const iife = byPath.get('tin-widgets.iife.js');

const fmt = (n) => `${(n / KB).toFixed(1)} KB`;

const ON_DEMAND = { en: 'English texts', 'xml-feed': 'RSS / Atom feeds', 'large-feed': 'feeds over 256 KB', 'next-page': 'next_url paging', 'legacy-text': 'feeds with mojibake or TCVN3/VNI text', 'from-code': 'articles or feeds set by code', 'relative-date': 'date-style="relative"' };
/** When a page loads the file. */
function loadedWhen(f) {
  if (f.path.endsWith('.iife.js')) return 'classic script';
  if (eager.has(f.path)) return 'at start';
  if (isPurify(f.path)) return 'article view, no Sanitizer API';
  const extra = /(?:^|\/)([a-z-]+)-[\w-]{8}\.js$/.exec(f.path)?.[1];
  if (extra && ON_DEMAND[extra]) return `only for ${ON_DEMAND[extra]}`;
  return f.text.includes('tin-feed:not(') ? 'first <tin-feed>' : 'first <tin-article>, or an article opened in <tin-feed>';
}
// [what, minified, gzip, budget, enforced]
const rows = [
  ['Page with cards and lists (ES entry + what it imports at start)', sum(eager, 'min'), sum(eager, 'gzip'), BUDGET_CARDS_LISTS, true],
  ['Whole suite: all four elements + article view + sanitiser, browsers with the HTML Sanitizer API', sum(suiteModern, 'min'), sum(suiteModern, 'gzip'), BUDGET_SUITE, true],
  ['Whole suite with DOMPurify (browsers without the Sanitizer API)', sum(suiteWithPurify, 'min'), sum(suiteWithPurify, 'gzip'), BUDGET_SUITE, false],
  ...(iife ? [['Single-file classic script (tin-widgets.iife.js, everything inlined)', iife.min, iife.gzip, BUDGET_SUITE, false]] : []),
];

const lines = [
  '| What | Minified | Gzip -9 | Budget (gzip) | |',
  '|---|---:|---:|---:|---|',
  ...rows.map(([what, min, gz, budget, enforced]) =>
    `| ${what} | ${fmt(min)} | ${fmt(gz)} | ${fmt(budget)} | ${gz <= budget ? 'ok' : enforced ? '**over**' : 'over (reported, not enforced)'} |`),
  '',
  '| File | Minified | Gzip -9 | Loaded |',
  '|---|---:|---:|---|',
  ...all
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((f) => `| \`${f.path}\` | ${fmt(f.min)} | ${fmt(f.gzip)} | ${loadedWhen(f)} |`),
];
console.log(lines.join('\n'));

const file = 'BENCHMARKS.md';
const begin = '<!-- size:begin -->';
const end = '<!-- size:end -->';
const section = `${begin}\n_Measured by \`npm run size\` on ${new Date().toISOString().slice(0, 10)}._\n\n${lines.join('\n')}\n${end}`;
let doc = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\n## Size\n\n' + `${begin}\n${end}\n`;
if (!doc.includes(begin)) doc += `\n## Size\n\n${begin}\n${end}\n`;
doc = doc.replace(new RegExp(`${begin}[\\s\\S]*?${end}`), section);
if (!process.env.CI) writeFileSync(file, doc);

const over = rows.filter(([, , gz, budget, enforced]) => enforced && gz > budget);
if (over.length) {
  console.error(`\nOver budget: ${over.map(([what]) => what).join('; ')}`);
  process.exit(1);
}
