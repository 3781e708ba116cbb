// Lighthouse on the built demo, as issue 17 asks: every demo page (index, feed, a deep-linked
// article), mobile preset (Lighthouse's default: Moto G Power, simulated slow 4G and 4× CPU), 3 runs
// each, medians written between the lighthouse markers of BENCHMARKS.md.
//
//   npm run lighthouse                 build the demo, run, write BENCHMARKS.md
//   LH_RUNS=1 LH_WRITE=0 npm run lighthouse   a quick look, printed only
//   LH_BUILD=0 npm run lighthouse      use dist-demo/ as it is
//   LH_PAGES=article LH_WRITE=0 npm run lighthouse   only the pages whose name holds a word
//
// Lighthouse is not a dependency of the package (30 MB for a report a maintainer runs now and
// then): it is installed once, at a pinned version, into ~/.cache/tin-widgets-lighthouse. Its
// trace engine reads the PipelineReporter's `chrome_frame_reporter` argument, which newer Chromium
// (156 here) names `frame_reporter`; without the patch below six trace-based audits error.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, homedir, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer } from '../bench/lib/server.mjs';

const VERSION = '12.2.3';
const CACHE = join(homedir(), '.cache', 'tin-widgets-lighthouse');
const RUNS = Number(process.env.LH_RUNS ?? 3);
const WRITE = process.env.LH_WRITE !== '0';
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const ROOT = join(import.meta.dirname, '..');
const PAGES = [
  { name: 'index', path: '/dist-demo/demo/index.html' },
  { name: 'feed', path: '/dist-demo/demo/feed.html' },
  { name: 'article (deep link)', path: '/dist-demo/demo/feed.html#tin=tin-2026-11-26-01' },
];

function install() {
  const manifest = join(CACHE, 'node_modules', 'lighthouse', 'package.json');
  if (!existsSync(manifest) || JSON.parse(readFileSync(manifest, 'utf8')).version !== VERSION) {
    console.log(`installing lighthouse@${VERSION} into ${CACHE}`);
    execFileSync(
      'npm',
      ['i', '--prefix', CACHE, '--no-save', '--no-audit', '--no-fund', '-E', `lighthouse@${VERSION}`],
      {
        stdio: 'inherit',
      },
    );
  }
  const handler = join(CACHE, 'node_modules/@paulirish/trace_engine/models/trace/handlers/ScreenshotsHandler.js');
  const source = readFileSync(handler, 'utf8');
  const from = 'evt.args.data.beginEvent.args.chrome_frame_reporter.frame_sequence';
  const to =
    '(evt.args.data.beginEvent.args.chrome_frame_reporter ?? evt.args.data.beginEvent.args.frame_reporter)?.frame_sequence';
  if (source.includes(from)) writeFileSync(handler, source.replace(from, to));
  else if (!source.includes(to)) throw new Error(`${handler}: the line to patch is not there; check the trace engine`);
}

const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const savings = (lhr, id) => lhr.audits[id]?.details?.overallSavingsBytes ?? 0;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** What one run says: the metrics, the savings the issue names, and every audit that does not pass. */
function summary(lhr) {
  const failing = Object.values(lhr.audits)
    .filter((a) => a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable')
    .filter((a) => a.scoreDisplayMode === 'error' || (a.score !== null && a.score < 0.9))
    .map((a) => (a.scoreDisplayMode === 'error' ? `${a.id} (error: ${a.errorMessage})` : a.id));
  return {
    performance: Math.round((lhr.categories.performance?.score ?? NaN) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? NaN) * 100),
    seo: Math.round((lhr.categories.seo?.score ?? NaN) * 100),
    fcp: lhr.audits['first-contentful-paint'].numericValue,
    lcp: lhr.audits['largest-contentful-paint'].numericValue,
    tbt: lhr.audits['total-blocking-time'].numericValue,
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    si: lhr.audits['speed-index'].numericValue,
    unusedJs: savings(lhr, 'unused-javascript'),
    images:
      savings(lhr, 'uses-responsive-images') +
      savings(lhr, 'modern-image-formats') +
      savings(lhr, 'uses-optimized-images'),
    failing,
  };
}

if (process.env.LH_BUILD !== '0') execFileSync('npm', ['run', 'build:demo'], { cwd: ROOT, stdio: 'inherit' });
install();
const { default: lighthouse } = await import(pathToFileURL(join(CACHE, 'node_modules/lighthouse/core/index.js')).href);
const chromeLauncher = await import(pathToFileURL(join(CACHE, 'node_modules/chrome-launcher/dist/index.js')).href);

const server = await startServer(ROOT, {}, { gzip: true });
const loadBefore = loadavg();
const results = [];
try {
  const only = process.env.LH_PAGES?.split(',');
  for (const page of PAGES.filter(({ name }) => !only || only.some((word) => name.includes(word)))) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      // A fresh browser per run: no cache, no warm process from the run before.
      const chrome = await chromeLauncher.launch({
        chromePath: CHROME,
        chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
      });
      try {
        const result = await lighthouse(`${server.origin}${page.path}`, {
          port: chrome.port,
          logLevel: 'error',
          output: 'json',
          onlyCategories: ['performance', 'accessibility', 'seo'],
        });
        const run = summary(result.lhr);
        // Every report kept for a closer look (not committed: .cache/ is ignored).
        mkdirSync(join(ROOT, '.cache/lighthouse'), { recursive: true });
        writeFileSync(join(ROOT, `.cache/lighthouse/${page.name.replace(/\W+/g, '-')}-${i + 1}.json`), result.report);
        console.log(
          `${page.name} #${i + 1}: performance ${run.performance}, LCP ${Math.round(run.lcp)} ms, TBT ${Math.round(run.tbt)} ms, CLS ${run.cls.toFixed(3)}; not passing: ${run.failing.join(', ') || 'none'}`,
        );
        runs.push(run);
      } finally {
        await chrome.kill();
      }
    }
    results.push({ page, runs });
  }
} finally {
  await server.close();
}
const loadAfter = loadavg();

const rows = results.map(({ page, runs }) => {
  const m = (key) => median(runs.map((r) => r[key]));
  const failing = [...new Set(runs.flatMap((r) => r.failing))].map((id) => {
    const count = runs.filter((r) => r.failing.includes(id)).length;
    return count === runs.length ? `\`${id}\`` : `\`${id}\` (${count}/${runs.length})`;
  });
  return (
    `| ${page.name} | **${m('performance')}** (${runs.map((r) => r.performance).join(', ')}) | ` +
    `${Math.round(m('fcp'))} ms | ${Math.round(m('lcp'))} ms | ${Math.round(m('tbt'))} ms | ${m('cls').toFixed(3)} | ` +
    `${Math.round(m('si'))} ms | ${kib(m('unusedJs'))} | ${kib(m('images'))} | ${m('accessibility')} | ${m('seo')} | ` +
    `${failing.join(', ') || 'none'} |`
  );
});
const load = (l) => l.map((v) => v.toFixed(1)).join(' / ');
const markdown = `<!-- lighthouse:begin -->
Lighthouse ${VERSION} (\`npm run lighthouse\`, \`scripts/lighthouse.mjs\`) on the built demo (\`npm run build:demo\`,
served gzipped by \`bench/lib/server.mjs\`), ${CHROME} headless, mobile preset (simulated slow 4G, 4× CPU slowdown);
${RUNS} runs per page, a fresh browser each; medians (each run's performance score in brackets).
"Images" is what \`uses-responsive-images\`, \`modern-image-formats\` and \`uses-optimized-images\` count as
wasted; "not passing" lists every scored audit under 0.9 in any run (n/${RUNS}: in that many runs).
Load average (1 / 5 / 15 min) on this ${cpus().length}-core machine, shared with other work: ${load(loadBefore)}
before, ${load(loadAfter)} after.

| Page | Performance | FCP | LCP | TBT | CLS | Speed Index | Unused JS | Images | Accessibility | SEO | Not passing |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|
${rows.join('\n')}
<!-- lighthouse:end -->`;
console.log(`\n${markdown}`);

if (WRITE && RUNS >= 3) {
  const file = join(ROOT, 'BENCHMARKS.md');
  const text = readFileSync(file, 'utf8');
  const section = /<!-- lighthouse:begin -->[\s\S]*?<!-- lighthouse:end -->/;
  writeFileSync(
    file,
    section.test(text)
      ? text.replace(section, markdown)
      : `${text.trimEnd()}\n\n## Lighthouse (issue 17)\n\n${markdown}\n`,
  );
  console.log('BENCHMARKS.md: lighthouse section written');
}
