#!/usr/bin/env node
// Measures the shipped bundles (minified and gzip -9) and fails when a budget is exceeded.
// Writes the table into BENCHMARKS.md between the size markers. Run after `npm run build`.
// Which files load lazily, and when, comes from src/chunks.ts (compiled by the build to dist/).
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const CDN = 'dist/cdn';
const KB = 1024;
const BUDGET_CARDS_LISTS = 20 * KB;
const BUDGET_SUITE = 30 * KB;

if (!existsSync(join(CDN, 'tin-widgets.js')) || !existsSync('dist/chunks.js')) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}
const { lazyChunkOf } = await import(new URL('../dist/chunks.js', import.meta.url).href);

const files = [];
(function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.js')) files.push(path);
  }
})(CDN);

/** The lazy chunk of src/chunks.ts a chunk file is built from, told by the sources its source map lists. */
function chunkOf(path) {
  const map = `${path}.map`;
  if (!path.startsWith(join(CDN, 'chunks')) || !existsSync(map)) return undefined;
  const sources = JSON.parse(readFileSync(map, 'utf8')).sources.map((source) =>
    relative('.', resolve(dirname(map), source)),
  );
  const chunks = new Set(sources.map(lazyChunkOf).filter(Boolean));
  if (chunks.size > 1)
    throw new Error(`${path} mixes the lazy chunks ${[...chunks].map((c) => c.name).join(', ')} (src/chunks.ts)`);
  return [...chunks][0];
}

const measure = (path) => {
  const bytes = readFileSync(path);
  return {
    path: relative(CDN, path),
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    text: bytes.toString(),
    chunk: chunkOf(path),
  };
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
for (const match of byPath.get('tin-widgets.js').text.matchAll(/import\(\s*["'`]\.\/(chunks\/core-[^"'`]+)["'`]\s*\)/g))
  eagerClosure(match[1], eager);
const esFiles = all.filter((f) => f.path !== 'tin-widgets.iife.js').map((f) => f.path);
// Loaded only when needed: DOMPurify (browsers without the HTML Sanitizer API), and what only some
// feeds or languages need (English texts, RSS/Atom, the large-feed splitter, the pager…).
const isPurify = (p) => byPath.get(p).chunk?.trigger === 'no-sanitizer-api';
const isExtra = (p) => byPath.get(p).chunk?.trigger === 'content';
const suiteModern = esFiles.filter((p) => !isPurify(p) && !isExtra(p));
const suiteWithPurify = esFiles.filter((p) => !isExtra(p));
const iife = byPath.get('tin-widgets.iife.js');

const fmt = (n) => `${(n / KB).toFixed(1)} KB`;

/** When a page loads the file. */
function loadedWhen(f) {
  if (f.path.endsWith('.iife.js')) return 'classic script';
  if (eager.has(f.path)) return 'at start';
  return f.chunk?.loaded ?? '**on demand, but not in src/chunks.ts**';
}
// [what, minified, gzip, budget, enforced]
const rows = [
  [
    'Page with cards and lists (ES entry + what it imports at start)',
    sum(eager, 'min'),
    sum(eager, 'gzip'),
    BUDGET_CARDS_LISTS,
    true,
  ],
  [
    'Whole suite: all four elements + article view + sanitiser, browsers with the HTML Sanitizer API',
    sum(suiteModern, 'min'),
    sum(suiteModern, 'gzip'),
    BUDGET_SUITE,
    true,
  ],
  [
    'Whole suite with DOMPurify (browsers without the Sanitizer API)',
    sum(suiteWithPurify, 'min'),
    sum(suiteWithPurify, 'gzip'),
    BUDGET_SUITE,
    false,
  ],
  ...(iife
    ? [
        [
          'Single-file classic script (tin-widgets.iife.js, everything inlined)',
          iife.min,
          iife.gzip,
          BUDGET_SUITE,
          false,
        ],
      ]
    : []),
];

const lines = [
  '| What | Minified | Gzip -9 | Budget (gzip) | |',
  '|---|---:|---:|---:|---|',
  ...rows.map(
    ([what, min, gz, budget, enforced]) =>
      `| ${what} | ${fmt(min)} | ${fmt(gz)} | ${fmt(budget)} | ${gz <= budget ? 'ok' : enforced ? '**over**' : 'over (reported, not enforced)'} |`,
  ),
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
