// What a visitor's browser downloads, measured on real pages in headless Chromium: every script
// response of bench/pages/size/<page>-<route>.html, gzip -9, until the page has rendered.
// Page A: two cards and a list. Page B: a <tin-feed> grid with an article open (deep link).
// "Without the Sanitizer API" hides Document.parseHTML before any script runs, so the library
// takes its DOMPurify route, as in Firefox and WebKit today.
import { gzipSync } from 'node:zlib';
import { startServer } from '../bench/lib/server.mjs';
import { findEngines, puppeteer } from './engines.mjs';

export const PAGES = {
  a: { what: 'A: cards and a list', hash: '', ready: readyA },
  b: { what: 'B: <tin-feed> with an article open', hash: '#tin=tin-2026-11-25-01', ready: readyB },
};
export const ROUTES = {
  module: 'ES module (`tin-widgets.js`)',
  classic: 'Classic tag (`tin-widgets.classic.js`, loads the ES module)',
  'one-file': 'One-file classic script (`tin-widgets.iife.js`)',
};

function readyA() {
  const shadow = (el) => el?.shadowRoot;
  const cards = [...document.querySelectorAll('tin-card')];
  return (
    cards.length > 0 &&
    cards.every((card) => shadow(card)?.querySelector('[part="link"]')) &&
    !!shadow(document.querySelector('tin-list'))?.querySelector('[part="item"]')
  );
}

function readyB() {
  const article = document.querySelector('tin-feed')?.shadowRoot?.querySelector('tin-article');
  return !!article?.shadowRoot?.querySelector('[part="body"] p');
}

async function until(page, check, what) {
  for (let tries = 0; tries < 150; tries++) {
    if (await page.evaluate(check)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`size: timed out waiting for ${what}`);
}

/** Resolves once no request has started or finished for `quietMs`. */
function networkQuiet(page, quietMs = 400) {
  return new Promise((resolve) => {
    let timer;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(done, quietMs);
    };
    const done = () => {
      page.off('request', arm);
      page.off('requestfinished', arm);
      page.off('requestfailed', arm);
      resolve();
    };
    page.on('request', arm);
    page.on('requestfinished', arm);
    page.on('requestfailed', arm);
    arm();
  });
}

/** `[{ page, route, sanitizer, files: [{ name, gzip }], gzip }]` for every page × route × sanitizer. */
export async function measurePages() {
  const { chromium } = await findEngines({ ...process.env, TIN_BROWSERS: 'chromium' });
  const server = await startServer(process.cwd());
  const browser = await puppeteer.launch({
    executablePath: chromium.executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  const results = [];
  try {
    for (const [pageName, { hash, ready }] of Object.entries(PAGES)) {
      for (const route of Object.keys(ROUTES)) {
        for (const sanitizer of [true, false]) {
          const context = await browser.createBrowserContext();
          const page = await context.newPage();
          if (!sanitizer) await page.evaluateOnNewDocument(() => delete Document.parseHTML);
          page.on('pageerror', (error) => console.error(`[size] ${pageName}-${route}: ${error.message}`));
          const files = [];
          const reads = [];
          page.on('response', (response) => {
            if (response.request().resourceType() !== 'script') return;
            reads.push(
              response
                .buffer()
                .then((body) =>
                  files.push({ name: new URL(response.url()).pathname, gzip: gzipSync(body, { level: 9 }).length }),
                ),
            );
          });
          await page.goto(`${server.origin}/bench/pages/size/${pageName}-${route}.html${hash}`);
          await until(page, ready, `${pageName}-${route}.html to render`);
          await networkQuiet(page);
          await Promise.all(reads);
          const usedNative = await page.evaluate(() => typeof Document.parseHTML === 'function');
          if (usedNative !== sanitizer) throw new Error('could not hide the Sanitizer API');
          files.sort((x, y) => x.name.localeCompare(y.name));
          results.push({ page: pageName, route, sanitizer, files, gzip: files.reduce((n, f) => n + f.gzip, 0) });
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}
