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
const page = await browser.newPage();
await page.goto(`file://${join(dir, 'index.html')}`);
for (const [name, text] of Object.entries(feeds)) {
  // Handing the text over is a long task of its own (the harness's, not the library's).
  await page.evaluate((text) => void (window.feedText = text), text);
  await new Promise((r) => setTimeout(r, 200));
  const result = await page.evaluate(async () => {
    const text = window.feedText;
    const tasks = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
    observer.observe({ type: 'longtask' });
    const warnings = [];
    const start = performance.now();
    const feed = await window.parseFeedText(text, 'https://tinh.gov.vn/rss', (w) => warnings.push(w));
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
  console.log(
    `${name.padEnd(18)} ${(text.length / 1e6).toFixed(1)} MB  items ${result.items}  total ${result.total.toFixed(0)} ms  longest task ${result.longest.toFixed(0)} ms  tasks >50 ms: ${result.over50}  warnings ${result.warnings}`,
  );
}
await browser.close();
