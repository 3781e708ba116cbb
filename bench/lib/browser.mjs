// Browser helpers shared by the figures: Debian's Chromium through playwright-core, the in-page
// render page (render.html), cold loads of the probe pages (probe.js), and the sampler that
// alternates library, baseline (and for b the Lit floor).
import { chromium } from 'playwright-core';
import { fmt } from './format.mjs';
import { log } from './log.mjs';
import { summarize } from './stats.mjs';

export const VIEWPORT = { width: 1280, height: 800 };

export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms))),
  ]);
}

export async function launch(executablePath) {
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--js-flags=--expose-gc',
    ],
  });
}

export async function openRenderPage(browser, origin) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.on('pageerror', (error) => log('page error:', error.message));
  await page.goto(`${origin}/bench/pages/render.html`);
  await page.waitForFunction(() => window.bench?.ready);
  await withTimeout(
    page.evaluate(() => window.bench.setup()),
    30_000,
    'render page setup',
  );
  return page;
}

/**
 * Runs the variants (`lib` and `base`, or more) in turn, the order reversed every round, warm-up
 * rounds dropped: each round's samples are back to back, so a busy moment slows them all.
 */
export async function interleaved(run, { samples, warmup, label, kinds = ['lib', 'base'] }) {
  const out = Object.fromEntries(kinds.map((kind) => [kind, []]));
  for (let round = 0; round < warmup + samples; round++) {
    const order = round % 2 ? [...kinds].reverse() : kinds;
    for (const kind of order) {
      const value = await run(kind, round);
      if (round >= warmup) out[kind].push(value);
    }
  }
  const names = { lib: 'library', base: 'baseline', lit: 'Lit floor' };
  log(`${label}: ${kinds.map((kind) => `${names[kind] ?? kind} ${fmt(summarize(out[kind]).median)}`).join(', ')}`);
  return out;
}

/** A cold load of a page that includes probe.js, until the page resolves `window.benchDone`. */
export async function loadPage(browser, url, { timeout = 20_000, cdp } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.on('pageerror', (error) => log('page error:', error.message));
  const session = cdp ? await context.newCDPSession(page) : undefined;
  if (cdp) await cdp(session);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.benchDone !== undefined, undefined, { timeout });
  const result = await withTimeout(
    page.evaluate(() => window.benchDone),
    timeout,
    url,
  );
  return { context, page, session, result };
}
