#!/usr/bin/env node
// Screenshots of the built demo for each page, theme and width, in every installed engine (or
// those TIN_BROWSERS names, see scripts/engines.mjs), to look at before a release and for the
// README. Run `npm run build:demo` first. Writes docs/screenshots/*.png (Chromium: the README's)
// and .cache/screenshots/<engine>/*.png (Firefox, WebKit), and fails on console errors or
// horizontal overflow.
import { createServer } from 'node:http';
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { findEngines, puppeteer, startWebKitDriver, stopAll, webkitCapabilities } from './engines.mjs';

const ROOT = 'dist-demo';
const PAGES = '/demo';
if (!existsSync(join(ROOT, 'demo', 'index.html'))) {
  console.error('Run `npm run build:demo` first.');
  process.exit(1);
}
const engines = await findEngines();

// Records uncaught errors and console.error calls in engines whose driver cannot report them
// (WebDriver classic, for WebKit). Added to each HTML page served here.
const RECORDER = `<script>(() => {
  const errors = (window.__tinErrors = []);
  addEventListener('error', (e) => errors.push(e.message || 'failed to load ' + (e.target.src || e.target.href)), true);
  addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  const error = console.error;
  console.error = (...args) => (errors.push(args.join(' ')), error.apply(console, args));
})();</script>`;
// WebKit: MiniBrowser's window cannot be narrower than its toolbar (447 px), so its pages are
// shown in a frame of the width wanted; media queries follow the frame's width.
const FRAME = (src, width, height) =>
  `<!doctype html><body style="margin:0"><iframe id="shot" src="${src}" width="${width}" height="${height}" style="border:0;display:block"></iframe>`;

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
};
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/__frame') {
    res.setHeader('Content-Type', 'text/html');
    return void res.end(
      FRAME(url.searchParams.get('src').replace(/"/g, '&quot;'), Number(url.searchParams.get('width')), 900),
    );
  }
  let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(ROOT, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return void ((res.statusCode = 404), res.end());
  res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
  if (extname(file) === '.html') return void res.end(readFileSync(file, 'utf8').replace('<head>', `<head>${RECORDER}`));
  createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

// Code for a shot's `act`: strings, as WebDriver runs them in WebKit's frame too.
const feedOf = "document.querySelector('tin-feed')";
const show = (selector) => `document.querySelector(${JSON.stringify(selector)}).scrollIntoView({ block: 'start' })`;
const search = (query) =>
  `{ const box = ${feedOf}.shadowRoot.querySelector('input[type=search]'); box.value = ${JSON.stringify(query)}; box.dispatchEvent(new Event('input', { bubbles: true, composed: true })); }`;

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
  // One element each, scrolled to the top of the screen (`act` runs in the page once it settled).
  ['card', '/index.html', undefined, { act: show('#cards-title') }],
  ['list', '/index.html', undefined, { act: show('aside tin-list') }],
  // The feed check, run on the demo's own feed (check.html?url= checks at once).
  ['check', '/check.html?url=./feed.json'],
  ['search', '/feed.html', undefined, { act: search('le hoi') }],
  ['search-empty', '/feed.html', undefined, { act: search('khong co tin nay') }],
  // A feed address that answers 404: the console's report of it is expected.
  ['error', '/feed.html', undefined, { act: `${feedOf}.setAttribute('src', './khong-co.json')`, consoleErrors: true }],
];
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const overflowOf = () => document.documentElement.scrollWidth - window.innerWidth;
/**
 * Runs in the page (or the frame `id`): scrolls through it so that lazy images load in every
 * engine (each starts them at its own distance from the viewport), back to the top, then waits
 * (10 s at most) until every image, in shadow roots too, has loaded or failed.
 */
const settle = async (id) => {
  const win = id ? document.getElementById(id).contentWindow : window;
  const root = win.document.documentElement;
  const tick = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  for (let y = 0; y < root.scrollHeight; y += win.innerHeight) {
    win.scrollTo({ top: y, behavior: 'instant' });
    await tick(50);
  }
  win.scrollTo({ top: 0, behavior: 'instant' });
  const images = (node, found = []) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.localName === 'img') found.push(element);
      if (element.shadowRoot) images(element.shadowRoot, found);
    }
    return found;
  };
  for (let i = 0; i < 100 && images(win.document).some((image) => !image.complete); i++) await tick(100);
};

/** Each engine: `shoot(shot)` writes one screenshot and returns the problems seen, or 'skipped'. */
const cameras = {
  async chromium({ executablePath }) {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    return {
      async shoot({ url, width, media, file, fullPage, code }) {
        const problems = [];
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        if (media) await page.emulateMedia(media);
        page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
        page.on('pageerror', (e) => problems.push(e.message));
        await page.goto(url, { waitUntil: 'networkidle' });
        await page.evaluate(settle);
        if (code) await page.evaluate(code);
        await page.waitForTimeout(800);
        const overflow = await page.evaluate(overflowOf);
        if (overflow > 0) problems.push(`page overflows by ${overflow}px`);
        await page.screenshot({ path: file, fullPage });
        await page.close();
        return problems;
      },
      close: () => browser.close(),
    };
  },

  // Over WebDriver BiDi; forced colours are Firefox's "always use my colours" setting, so that
  // shot needs a browser of its own.
  async firefox({ executablePath }) {
    // Scrollbars over the page, as on a phone: classic ones would take 12 of the 375 px.
    const launch = (prefs = {}) =>
      puppeteer.launch({
        browser: 'firefox',
        executablePath,
        headless: true,
        extraPrefsFirefox: { 'ui.useOverlayScrollbars': 1, ...prefs },
      });
    const browser = await launch();
    let forced;
    return {
      async shoot({ url, width, media, file, fullPage, code }) {
        if (media && !media.forcedColors) return 'skipped';
        const problems = [];
        const page = await (
          media ? await (forced ??= launch({ 'browser.display.document_color_use': 2 })) : browser
        ).newPage();
        await page.setViewport({ width, height: 900 });
        page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
        page.on('pageerror', (e) => problems.push(e.message));
        await page.goto(url, { waitUntil: 'networkidle0' });
        await page.evaluate(settle);
        if (code) await page.evaluate(code);
        await pause(800);
        if (media && !(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)))
          problems.push('forced colours did not apply');
        const overflow = await page.evaluate(overflowOf);
        if (overflow > 0) problems.push(`page overflows by ${overflow}px`);
        await page.screenshot({ path: file, fullPage });
        await page.close();
        return problems;
      },
      async close() {
        await browser.close();
        await (await forced)?.close();
      },
    };
  },

  // WebKitGTK's MiniBrowser through WebKitWebDriver, on an Xvfb screen tall enough for a whole
  // page at 375 px. It cannot emulate forced colours.
  async webkit(webkit) {
    const { remote } = await import('webdriverio');
    const { port } = await startWebKitDriver(webkit, {}, { screen: '1400x8000x24' });
    const driver = await remote(webkitCapabilities(webkit, port));
    return {
      async shoot({ url, width, media, file, fullPage, code }) {
        if (media) return 'skipped';
        await driver.setWindowSize(Math.max(width, 450), 1000);
        const chrome = await driver.execute(() => window.outerHeight - window.innerHeight);
        await driver.navigateTo(`${base}/__frame?${new URLSearchParams({ src: url, width })}`);
        await driver.waitUntil(
          () => driver.execute(() => document.getElementById('shot').contentDocument?.readyState === 'complete'),
          { timeout: 20_000 },
        );
        await driver.execute(settle, 'shot');
        if (code) await driver.execute((c) => document.getElementById('shot').contentWindow.eval(c), code);
        await pause(800);
        const [height, overflow, errors] = await driver.execute(() => {
          const frame = document.getElementById('shot').contentWindow;
          return [
            frame.document.documentElement.scrollHeight,
            frame.document.documentElement.scrollWidth - frame.innerWidth,
            frame.__tinErrors ?? ['no error recorder'],
          ];
        });
        const problems = [...errors];
        if (overflow > 0) problems.push(`page overflows by ${overflow}px`);
        if (fullPage) {
          await driver.execute((h) => void (document.getElementById('shot').height = h), height);
          await driver.setWindowSize(Math.max(width, 450), height + chrome);
          await driver.execute(settle, 'shot');
        } else {
          await driver.setWindowSize(Math.max(width, 450), 900 + chrome);
        }
        const frame = await driver.$('#shot');
        writeFileSync(file, Buffer.from(await driver.takeElementScreenshot(frame.elementId), 'base64'));
        return problems;
      },
      async close() {
        await driver.deleteSession();
        stopAll();
      },
    };
  },
};

const problems = [];
let taken = 0;
for (const [engine, found] of Object.entries(engines)) {
  const dir = engine === 'chromium' ? 'docs/screenshots' : `.cache/screenshots/${engine}`;
  mkdirSync(dir, { recursive: true });
  const camera = await cameras[engine](found);
  try {
    for (const width of [375, 1280]) {
      for (const [name, path, media, { act: code, consoleErrors } = {}] of shots) {
        const seen = await camera.shoot({
          url: base + PAGES + path,
          width,
          media,
          code,
          file: `${dir}/${name}-${width}.png`,
          // A shot that acts shows what it acted on: the screen, not the whole page.
          fullPage: width === 375 && !code,
        });
        if (seen === 'skipped') continue;
        taken++;
        problems.push(
          ...seen
            .filter((problem) => !consoleErrors || problem.startsWith('page overflows'))
            .map((problem) => `${engine} ${name}@${width}: ${problem}`),
        );
      }
    }
  } finally {
    await camera.close();
  }
  console.log(`${engine}: ${dir}/`);
}
server.close();
if (engines.webkit) console.log('webkit: no forced-colours shot (MiniBrowser cannot emulate it)');
console.log(problems.length ? problems.join('\n') : `${taken} screenshots, no console errors, no horizontal overflow`);
process.exitCode = problems.length ? 1 : 0;
