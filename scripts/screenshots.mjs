#!/usr/bin/env node
// Screenshots of the built demo for each page, theme and width, to look at before a release and
// for the README. Run `npm run build:demo` first. Writes docs/screenshots/*.png.
import { createServer } from 'node:http';
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = 'dist-demo';
const PAGES = '/demo';
if (!existsSync(join(ROOT, 'demo', 'index.html'))) {
  console.error('Run `npm run build:demo` first.');
  process.exit(1);
}
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.pdf': 'application/pdf' };
const server = createServer((req, res) => {
  let path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(ROOT, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return void ((res.statusCode = 404), res.end());
  res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
  createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const shots = [
  ['demo', '/index.html'],
  ['demo-red', '/index.html?theme=red'],
  ['demo-blue', '/index.html?theme=blue'],
  ['demo-dark', '/index.html?scheme=dark'],
  ['feed', '/feed.html'],
  ['feed-blue', '/feed.html?theme=blue'],
  ['article', '/feed.html#tin=tin-2026-07-09-01'],
  ['article-dark', '/feed.html?scheme=dark#tin=tin-2026-11-25-02'],
  // Windows high-contrast mode: system colours replace ours and must stay readable.
  ['demo-forced-colors', '/index.html', { forcedColors: 'active' }],
];
mkdirSync('docs/screenshots', { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const problems = [];
for (const width of [375, 1280]) {
  for (const [name, path, media] of shots) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    if (media) await page.emulateMedia(media);
    page.on('console', (m) => m.type() === 'error' && problems.push(`${name}@${width}: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`${name}@${width}: ${e.message}`));
    await page.goto(base + PAGES + path, { waitUntil: 'networkidle' });
    await page.waitForTimeout(800);
    // Nothing may overflow the viewport horizontally (long Vietnamese titles must wrap).
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) problems.push(`${name}@${width}: page overflows by ${overflow}px`);
    await page.screenshot({ path: `docs/screenshots/${name}-${width}.png`, fullPage: width === 375 });
    await page.close();
  }
}
await browser.close();
server.close();
console.log(problems.length ? problems.join('\n') : `docs/screenshots: ${shots.length * 2} screenshots, no console errors, no horizontal overflow`);
