// The longest task while parsing a 10,000-item RSS or Atom feed (plain, needing repairXml's
// entities, with 4,000 undeclared namespace prefixes): `node bench/xml-long-tasks.mjs [ref]`.
// Bundles src/feed/parse.ts with esbuild, runs it in headless Chromium, reports PerformanceObserver
// long tasks. A standalone figure, not part of `npm run bench`; it asserts nothing.
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'xml-bench-'));
await build({
  stdin: {
    contents: `import { parseFeedText } from './src/feed/parse.ts'; window.parseFeedText = parseFeedText;`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  outfile: join(dir, 'parse.js'),
  logLevel: 'error',
});
writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><script src="parse.js"></script>');

const N = 10_000;
const body = (i) => `Tin số ${i} về hoạt động của UBND tỉnh, ${'nội dung dài '.repeat(40)}`;
const rssItem = (i, extra = '') =>
  `<item><title>Bản tin ${i}</title><link>https://tinh.gov.vn/tin/${i}.html</link><guid>${i}</guid>` +
  `<pubDate>Fri, 20 Nov 2026 09:00:00 +0700</pubDate><description><![CDATA[<p>${body(i)}</p>]]></description>${extra}</item>`;
const feeds = {
  'json (reference)': JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Tin',
    items: Array.from({ length: N }, (_, i) => ({
      id: String(i),
      title: `Bản tin ${i}`,
      url: `https://tinh.gov.vn/tin/${i}.html`,
      date_published: '2026-11-20T09:00:00+07:00',
      content_html: `<p>${body(i)}</p>`,
    })),
  }),
  rss: `<?xml version="1.0"?><rss version="2.0"><channel><title>Tin</title>${Array.from({ length: N }, (_, i) => rssItem(i)).join('')}</channel></rss>`,
  atom: `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Tin</title>${Array.from(
    { length: N },
    (_, i) =>
      `<entry><id>${i}</id><title>Bản tin ${i}</title><link href="https://tinh.gov.vn/tin/${i}.html"/><updated>2026-11-20T09:00:00+07:00</updated><summary>${body(i)}</summary></entry>`,
  ).join('')}</feed>`,
  'rss-entities': `<?xml version="1.0"?><rss version="2.0"><channel><title>Tin &amp; sự kiện</title>${Array.from(
    { length: N },
    (_, i) => rssItem(i, `<category>Thời sự &nbsp; &ndash; A&B</category>`),
  ).join('')}</channel></rss>`,
  'rss-4000-prefixes': `<?xml version="1.0"?><rss version="2.0"><channel><title>Tin</title>${Array.from(
    { length: N },
    (_, i) => rssItem(i, i < 4000 ? `<p${i}:tag>x</p${i}:tag>` : ''),
  ).join('')}</channel></rss>`,
};

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
for (const [name, text] of Object.entries(feeds)) {
  // A fresh page per feed: one trace each, and no garbage from the feed before.
  const page = await browser.newPage();
  await page.goto(`file://${join(dir, 'index.html')}`);
  // Handing the text over is a long task of its own (the harness's, not the library's).
  await page.evaluate((text) => void (window.feedText = text), text);
  await new Promise((r) => setTimeout(r, 200));
  // Tasks are measured twice: wall time (PerformanceObserver long tasks, inflated when the
  // machine is shared) and the main thread's CPU time per task (a trace's RunTask "tdur").
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  const result = await page.evaluate(async () => {
    const tasks = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
    observer.observe({ type: 'longtask' });
    const warnings = [];
    const start = performance.now();
    const feed = await window.parseFeedText(window.feedText, 'https://tinh.gov.vn/rss', (w) => warnings.push(w));
    const total = performance.now() - start;
    await new Promise((r) => setTimeout(r, 100));
    observer.disconnect();
    return {
      items: feed.items.length,
      total,
      longest: Math.max(0, ...tasks),
      over50: tasks.length,
      warnings: warnings.length,
    };
  });
  const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
  // The renderer main thread that did the work: the busiest of them (a page may get a new process).
  const mains = new Set(
    trace.traceEvents
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map();
  for (const e of trace.traceEvents) {
    if (e.name !== 'RunTask' || e.ph !== 'X' || !mains.has(`${e.pid}:${e.tid}`)) continue;
    const list = byThread.get(`${e.pid}:${e.tid}`) ?? [];
    list.push({ wall: e.dur / 1000, cpu: (e.tdur ?? e.dur) / 1000 });
    byThread.set(`${e.pid}:${e.tid}`, list);
  }
  const sum = (list) => list.reduce((total, t) => total + t.cpu, 0);
  const cpu = [...byThread.values()].sort((a, b) => sum(b) - sum(a))[0] ?? [];
  if (process.env.DEBUG) console.log(cpu.length, JSON.stringify(cpu.sort((a, b) => b.wall - a.wall).slice(0, 4)));
  console.log(
    `${name.padEnd(18)} ${(text.length / 1e6).toFixed(1)} MB  items ${result.items}  total ${result.total.toFixed(0)} ms  ` +
      `longest task: wall ${result.longest.toFixed(0)} ms (${result.over50} over 50), CPU ${Math.max(...cpu.map((t) => t.cpu)).toFixed(0)} ms (${cpu.filter((t) => t.cpu > 50).length} over 50)  warnings ${result.warnings}`,
  );
  await page.close();
}
await browser.close();
