#!/usr/bin/env node
// Measures what pages download (gzip -9, in headless Chromium) and the shipped files, and fails
// when a budget is exceeded.
// Writes the table into BENCHMARKS.md between the size markers. Run after `npm run build`.
// Which files load lazily, and when, comes from src/chunks.ts (compiled by the build to dist/).
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROUTES, measurePages } from './size-pages.mjs';

const CDN = 'dist/cdn';
const KB = 1024;
// Enforced ceilings, which stop growth nobody meant. Raised on 2026-12-01 from 20 KB (A) and
// 30 KB (B) when issues 13, 14, 15 and 19 landed (loader over time, print, sapo, phone layout,
// search, content language, media: +1.2 KB on A and +3.0 KB on B, each change's bytes given in
// its commit); the code must come back down to issue 17's goals below, which are reported until
// they are met. A lowered on 2026-12-02 to its measure + 0.3 KB (20.8 KB, measured with main's
// related news merged) when the sessionStorage copy joined the core chunk and the proxy check and
// the attachment box became lazy chunks (−0.45 KB on A, −0.74 KB on B, each change's bytes given in
// its commit); B stays, as main's related news already takes it past its ceiling. Raised again on
// 2026-12-02, to A 23.2 KB and B 36.9 KB, when issue 15's features, issue 16's feed check and
// issue 17's skeleton delay landed together (several feeds +0.57 KB on A, offset/link-target/
// fallback-image/lazy +0.33, responsive images +0.48, numbered pages +0.23, the parse diagnostics
// +0.20, the skeleton's delay and reserved space +0.2; on B also related news and previous/next
// +1.08): most of each is in lazy chunks, what is left is the core's share.
// That is growth somebody meant, and still growth: issue 17 stays open until it is taken back.
// Raised on 2026-12-02 by 0.5 KB each (A 23.7, B 37.4), bytes traded for time: the entry file now
// requests the page's feeds itself (src/early-feeds.ts, +0.5 KB), and each of its import() calls
// asks at once for the files that chunk imports (vite.config.ts), so the feed request leaves about
// 90 ms earlier on localhost (full bench runs: c0 1.57× → 1.08× of the baseline, c1 1.35× →
// 1.12×, c3 1.23× → 1.02×), and a full core-chunk download earlier on a phone's network.
// Raised again the same day by 0.4 KB (A 24.1, B 38.0; measured 23.6 → 24.0 on A), bytes traded
// for time on the render path; minified bytes each module gained: tin-list +235 (one click
// listener for all items), article-parts +183 (a list item's bracketed date in one template),
// render/urls +147 (URL verdicts remembered), format/dates +144 (a pattern read once into
// compiled parts), tin-card +80 (the summary preview). Bench a 1.21× → 1.08× of the baseline
// (met), g2 523 → 113 ms, g4 481 → 152 ms.
// B raised on 2026-12-02 by 0.1 KB (38.1; A still fits its 24.1): the entry file loads the article
// view at once when the address opens one in a <tin-feed> (src/deep-link.ts, +136 B on every page,
// A included), instead of once the grid's code has run and read the address. The deep-linked
// article, the page a shared link opens, is the one demo page under Lighthouse's 95: its LCP went
// 2.61 s → 2.47 s (medians of 3, same machine, same hour).
// Raised the same day, A by 0.1 KB (24.2; measured 24.09 → 24.11) and B by 0.3 KB (38.4; measured
// 38.09 → 38.35), for what a review of the day's change found wrong: the early sapo now skips every
// element the sanitiser removes with its text and reads past a ">" in a quoted value or a comment
// (it was drawn, then taken away: a shift), the early lead image knows a Vietnamese file name
// written unencoded (the same), both are read once per article instead of on every render (22 ms
// a render for a 1.9 MB body), and a card's preview no longer cuts a character in two (+30 B on A).
// B raised by 0.1 KB (38.5; measured 39,320 → 39,327 B, 5 B over 38.4) on 2026-12-02 for a print
// fix: Ctrl+P on a page whose only <tin-article> had nothing to show yet (lazy and not near, still
// loading, or failed) printed that article alone, a blank page; now such an article is passed over
// and the page prints (src/elements/tin-article/print.ts). A is unchanged.
// A raised by 0.1 KB (24.3; measured 24,760 → 24,801 B, 20 B over 24.2) on 2026-12-03: the
// sessionStorage copy of a loaded feed is written after the next painted frame
// (src/internal/after-paint.ts), no longer in a task that ran inside the frame showing the first
// cards. Long Animation Frame entries of the c page showed that task (the write, 7–8 ms) between
// the render script and the frame's style and layout; now the frame renders right after the
// script. B (39,364 → 39,398 B) stays under its 38.5.
// B raised by 0.1 KB (38.6; measured 39,398 → 39,461 B, 37 B over 38.5) on 2026-12-04 for what
// traces of figures g and h on a slower machine found: every link to an article (card, list item,
// previous/next) shows a crafted 100,000-character title by its first 1,000 characters (a grid
// spent 200 ms laying whole ones out), and the legacy-text hint is tested a slice per task on
// large JSON and not at all on XML, whose parser has that handling anyway (a 30 ms task on a
// 4.9 M-character body). A (24,801 → 24,855 B) stays under its 24.3.
// Lower a ceiling whenever a saving lands; never raise one without saying why here.
const BUDGET_CARDS_LISTS = 24.3 * KB;
const BUDGET_SUITE = 38.6 * KB;
const BUDGET_CLASSIC_LOADER = 1 * KB;
// Issue 17's goals.
const GOAL_CARDS_LISTS = 18 * KB;
const GOAL_SUITE = 30 * KB;
const GOAL_SUITE_PURIFY = 38 * KB;

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

const fmt = (n) => `${(n / KB).toFixed(1)} KB`;

/** When a page loads the file. */
function loadedWhen(f) {
  if (f.path === 'tin-widgets.iife.js')
    return 'one-file classic script (fallback of the classic tag; `file://`, offline)';
  if (f.path === 'tin-widgets.classic.js') return 'the classic tag: loads the ES module, or the one-file script';
  if (eager.has(f.path)) return 'at start';
  return f.chunk?.loaded ?? '**on demand, but not in src/chunks.ts**';
}
// What the ES entry loads before anything lazy (static imports, and the core chunk it requests at
// once): only to label the file table; the budgets below are measured on real pages.
const eager = eagerClosure('tin-widgets.js');
for (const match of byPath.get('tin-widgets.js').text.matchAll(/import\(\s*["'`]\.\/(chunks\/core-[^"'`]+)["'`]\s*\)/g))
  eagerClosure(match[1], eager);

// Every script response of real pages in headless Chromium (scripts/size-pages.mjs).
const measured = await measurePages();
const bytesOf = (page, route, sanitizer) =>
  measured.find((m) => m.page === page && m.route === route && m.sanitizer === sanitizer).gzip;

// [what, measured gzip bytes, budget, enforced]. The enforced ones fail `npm test`; the others are
// issue 17's goals, reported until they are met.
const budgets = [
  ['A, ES module, with the Sanitizer API', bytesOf('a', 'module', true), BUDGET_CARDS_LISTS, true],
  ['A, ES module (goal)', bytesOf('a', 'module', true), GOAL_CARDS_LISTS, false],
  ['B, ES module, with the Sanitizer API', bytesOf('b', 'module', true), BUDGET_SUITE, true],
  ['B, ES module (goal)', bytesOf('b', 'module', true), GOAL_SUITE, false],
  ['B, ES module, DOMPurify (goal)', bytesOf('b', 'module', false), GOAL_SUITE_PURIFY, false],
  [
    'The classic tag costs at most 1 KB over the ES module',
    bytesOf('a', 'classic', true) - bytesOf('a', 'module', true),
    BUDGET_CLASSIC_LOADER,
    true,
  ],
];

const routeRows = Object.entries(ROUTES).map(
  ([route, what]) =>
    `| ${what} | ${[
      ['a', true],
      ['a', false],
      ['b', true],
      ['b', false],
    ]
      .map(([page, sanitizer]) => fmt(bytesOf(page, route, sanitizer)))
      .join(' | ')} |`,
);

const lines = [
  "What a visitor's browser downloads (every script response, gzip -9), measured in headless Chromium on",
  '`bench/pages/size/`: **A** = two cards and a list; **B** = a `<tin-feed>` grid with an article open.',
  '"No Sanitizer API" hides `Document.parseHTML`, so the article view takes DOMPurify (Firefox, WebKit today).',
  '',
  '| Route | A, Sanitizer API | A, no Sanitizer API | B, Sanitizer API | B, no Sanitizer API |',
  '|---|---:|---:|---:|---:|',
  ...routeRows,
  '',
  '| Budget | Measured | Limit | |',
  '|---|---:|---:|---|',
  ...budgets.map(
    ([what, gz, budget, enforced]) =>
      `| ${what} | ${fmt(gz)} | ${fmt(budget)} | ${gz <= budget ? 'ok' : enforced ? '**over**' : 'not met yet (reported, not enforced)'} |`,
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

const over = budgets.filter(([, gz, budget, enforced]) => enforced && gz > budget);
if (over.length) {
  console.error(`\nOver budget: ${over.map(([what]) => what).join('; ')}`);
  process.exit(1);
}
