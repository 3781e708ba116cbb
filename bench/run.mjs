// Speed benchmarks: tin-widgets against a hand-written vanilla-DOM baseline (bench/pages/baseline.js)
// in Debian's Chromium, driven by playwright-core, served by a tiny local HTTP server.
//
//   npm run bench                 build, then run everything (~4–6 minutes)
//   BENCH_SAMPLES=8 node bench/run.mjs   fewer samples (quick look; not for BENCHMARKS.md)
//   BENCH_WRITE=0 node bench/run.mjs     print only, leave BENCHMARKS.md alone
//   BENCH_ONLY=a,e node bench/run.mjs    some figures only (never written to BENCHMARKS.md)
//   BENCH_PROFILE=all|0                  profile every figure / none (default: those missing a goal)
//
// Every number in the table is measured here; nothing is typed in. Render times are taken inside
// the page (performance.now / performance.measure); variants alternate sample by sample.
//
// This file is the sequence: options, the figures in bench/figures/ (each measures, then gives its
// table rows, its "how it is taken" lines and what to profile when it misses a goal), the report
// (bench/lib/report.mjs). Browser and page helpers are in bench/lib/browser.mjs.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as render from './figures/ab-render.mjs';
import * as load from './figures/c-load.mjs';
import * as large from './figures/d-large.mjs';
import * as cls from './figures/e-cls.mjs';
import * as heap from './figures/f-heap.mjs';
import * as crafted from './figures/g-crafted.mjs';
import * as xml from './figures/h-xml.mjs';
import { launch } from './lib/browser.mjs';
import { table } from './lib/format.mjs';
import { log } from './lib/log.mjs';
import { hotSpots } from './lib/profile-capture.mjs';
import { SourceMaps } from './lib/profile.mjs';
import { machineInfo, printReport, speedMarkdown, writeBenchmarks } from './lib/report.mjs';
import { buildLitFloor, LIT_FLOOR_MOUNT } from './lib/lit-floor.mjs';
import { startServer } from './lib/server.mjs';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 25);
const options = {
  samples: SAMPLES,
  warmup: Number(process.env.BENCH_WARMUP ?? 5),
  // Cold loads spread widely on a shared 2-core machine: more of them than in-page samples.
  loadSamples: Number(process.env.BENCH_LOAD_SAMPLES ?? Math.round(SAMPLES * 1.6)),
  bigSamples: Number(process.env.BENCH_BIG_SAMPLES ?? 5),
  clsSamples: Number(process.env.BENCH_CLS_SAMPLES ?? 8),
  cycles: Number(process.env.BENCH_CYCLES ?? 200),
  craftedSamples: Number(process.env.BENCH_CRAFTED_SAMPLES ?? 3),
  xmlSamples: Number(process.env.BENCH_XML_SAMPLES ?? 3),
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  profile: process.env.BENCH_PROFILE, // 'all', '0', or unset: the figures that miss a goal
};
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : undefined; // e.g. "a,b,e"
const want = (figure) => !ONLY || ONLY.has(figure);
const WRITE = process.env.BENCH_WRITE !== '0' && !ONLY;

/** Figures in the order they run, each with the key its results are kept under. */
const RUN_ORDER = [
  ['render', render],
  ['heap', heap],
  ['load', load],
  ['large', large],
  ['cls', cls],
  ['crafted', crafted],
  ['xml', xml],
];
/** Figures in the order of the table, the notes and the profiles. */
const REPORT_ORDER = [
  ['render', render],
  ['load', load],
  ['large', large],
  ['cls', cls],
  ['heap', heap],
  ['crafted', crafted],
  ['xml', xml],
];

async function main() {
  if (!existsSync(join(ROOT, 'dist/cdn/tin-widgets.js')))
    throw new Error('dist/cdn/tin-widgets.js is missing: run `npm run build` first (npm run bench does).');
  // Serve a snapshot of the bundles: other people rebuild dist/ (emptying it) while this runs.
  const snapshot = mkdtempSync(join(os.tmpdir(), 'tin-bench-'));
  cpSync(join(ROOT, 'dist/cdn'), join(snapshot, 'cdn'), { recursive: true });
  const server = await startServer(ROOT, {
    '/dist/cdn/': join(snapshot, 'cdn'),
    [LIT_FLOOR_MOUNT]: await buildLitFloor(ROOT),
  });
  const browser = await launch(options.chromePath);
  log(`server ${server.origin}; Chromium ${browser.version()}; ${SAMPLES} samples per variant`);
  const ctx = { browser, server, origin: server.origin, root: ROOT, options, want };
  const res = {};
  const profiles = [];
  try {
    {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.origin}/bench/pages/styles.html`);
      server.setStyles(await page.waitForFunction(() => window.styleTexts).then((h) => h.jsonValue()));
      await context.close();
    }
    for (const [key, figure] of RUN_ORDER) if (figure.letters.some(want)) res[key] = await figure.measure(ctx);

    const rows = REPORT_ORDER.flatMap(([key, figure]) => figure.rows(res[key], ctx));
    // Where the time goes, for every figure that misses its goal.
    const maps = new SourceMaps(server.fileFor, server.origin);
    const missed = (prefix) => rows.some((r) => r.figure.startsWith(prefix) && r.met.includes('no'));
    if (options.profile !== '0') {
      for (const { prefix, label, title, run } of REPORT_ORDER.flatMap(([, figure]) => figure.profiles ?? [])) {
        if (!missed(prefix) && options.profile !== 'all') continue;
        log(`profiling ${label}…`);
        const result = await run(ctx);
        profiles.push({ title, hot: await hotSpots(result, maps), phases: result.phases });
      }
    }

    const info = machineInfo(browser);
    const tableText = table(rows);
    const notes = REPORT_ORDER.flatMap(([key, figure]) => figure.notes(res[key], ctx));
    const markdown = speedMarkdown({ info, tableText, notes, profiles });
    printReport({ info, tableText, profiles });
    if (WRITE) {
      writeBenchmarks(join(ROOT, 'BENCHMARKS.md'), markdown);
      log('BENCHMARKS.md: speed section written');
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(snapshot, { recursive: true, force: true });
  }
  log('done');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
