// Speed benchmarks: tin-widgets against a hand-written vanilla-DOM baseline (bench/pages/baseline.js)
// in Debian's Chromium, driven by playwright-core, served by a tiny local HTTP server.
//
//   npm run bench                 build, then run everything (~2–3 minutes)
//   BENCH_SAMPLES=8 node bench/run.mjs   fewer samples (quick look; not for BENCHMARKS.md)
//   BENCH_WRITE=0 node bench/run.mjs     print only, leave BENCHMARKS.md alone
//   BENCH_ONLY=a,e node bench/run.mjs    some figures only (never written to BENCHMARKS.md)
//   BENCH_PROFILE=all|0                  profile every figure / none (default: those missing a goal)
//
// Every number in the table is measured here; nothing is typed in. Render times are taken inside
// the page (performance.now / performance.measure); variants alternate sample by sample.
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './lib/server.mjs';
import { summarize } from './lib/stats.mjs';
import { SourceMaps, digestProfile, digestTrace } from './lib/profile.mjs';
import { launchRaw } from './lib/raw-cdp.mjs';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 25);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
// Cold loads spread widely on a shared 2-core machine: more of them than in-page samples.
const LOAD_SAMPLES = Number(process.env.BENCH_LOAD_SAMPLES ?? Math.round(SAMPLES * 1.6));
const BIG_SAMPLES = Number(process.env.BENCH_BIG_SAMPLES ?? 5);
const CLS_SAMPLES = Number(process.env.BENCH_CLS_SAMPLES ?? 8);
const CYCLES = Number(process.env.BENCH_CYCLES ?? 200);
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : undefined; // e.g. "a,b,e"
const want = (figure) => !ONLY || ONLY.has(figure);
const WRITE = process.env.BENCH_WRITE !== '0' && !ONLY;
const RATIO_GOAL = 1.2;
// Server think time for the second take of figure c: a portal's CMS answering a feed request.
const FEED_DELAY = 100;
const VIEWPORT = { width: 1280, height: 800 };
const started = Date.now();

// Other work on the machine skews timings: sample the 1-minute load average through the run.
const loadSamples = [];
const loadTimer = setInterval(() => loadSamples.push(os.loadavg()[0]), 2000);
loadTimer.unref();
const log = (...args) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s]`, ...args);

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms))),
  ]);
}

// --- formatting ------------------------------------------------------------------------------------
const fmt = (value, unit) => {
  if (value === undefined || Number.isNaN(value)) return '—';
  if (unit === 'MB') return `${value.toFixed(2)} MB`;
  if (unit === '') return value.toFixed(3);
  return `${value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0)} ms`;
};
const cell = (s, unit) => (s ? `${fmt(s.median, unit)} (${fmt(s.p10, unit).replace(/ (ms|MB)$/, '')}–${fmt(s.p90, unit)})` : '—');

/**
 * Ratio library / baseline = median of the per-round ratios (each round runs both variants back to
 * back, so a busy moment on the machine slows both); p10–p90 of those ratios is its spread.
 */
function ratioOf(lib, base) {
  if (!lib || !base) return undefined;
  const paired = lib.map((value, i) => value / base[i]).filter(Number.isFinite);
  if (!paired.length) return undefined;
  const s = summarize(paired);
  return { value: s.median, p10: s.p10, p90: s.p90, ofMedians: summarize(lib).median / summarize(base).median };
}

// --- browser -----------------------------------------------------------------------------------------
async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--js-flags=--expose-gc'],
  });
}

async function openRenderPage(browser, origin) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.on('pageerror', (error) => log('page error:', error.message));
  await page.goto(`${origin}/bench/pages/render.html`);
  await page.waitForFunction(() => window.bench?.ready);
  await withTimeout(page.evaluate(() => window.bench.setup()), 30_000, 'render page setup');
  return page;
}

/** Runs `library` and `baseline` alternately (order flipped every round), warm-up rounds dropped. */
async function interleaved(run, { samples = SAMPLES, warmup = WARMUP, label }) {
  const out = { lib: [], base: [] };
  for (let round = 0; round < warmup + samples; round++) {
    const order = round % 2 ? ['base', 'lib'] : ['lib', 'base'];
    for (const kind of order) {
      const value = await run(kind, round);
      if (round >= warmup) out[kind].push(value);
    }
  }
  log(`${label}: library ${fmt(summarize(out.lib).median)}, baseline ${fmt(summarize(out.base).median)}`);
  return out;
}

// --- a, b) in-page render timings --------------------------------------------------------------------
async function renderFigures(browser, origin) {
  const results = {};
  let page = await openRenderPage(browser, origin);
  const checks = await withTimeout(page.evaluate(() => window.bench.verify()), 60_000, 'markup check');
  await page.context().close();
  for (const check of checks) {
    log(`markup check ${check.name}: ${check.same ? `identical (${check.nodes} lines of structure + rendered text)` : 'DIFFERENT'}`);
    if (!check.same) log('  first difference:', JSON.stringify(check.diff ?? check.text));
  }
  results.checks = checks;

  for (const [key, method, label] of [
    ['a', 'list', 'a) 1,000-item list'],
    ['b2', 'cards', 'b2) 100 × tin-card'],
    ['b1', 'feed', 'b1) tin-feed src, 100 cards'],
    ['b3', 'feedCached', 'b3) tin-feed, feed in memory, 100 cards'],
  ]) {
    if (!want(key[0])) continue;
    page = await openRenderPage(browser, origin);
    results[key] = await interleaved((kind) => page.evaluate(([m, k]) => window.bench[m](k), [method, kind]), { label });
    await page.context().close();
  }
  return results;
}

// --- c, d) page loads ----------------------------------------------------------------------------------
async function loadPage(browser, url, { timeout = 20_000, cdp } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.on('pageerror', (error) => log('page error:', error.message));
  const session = cdp ? await context.newCDPSession(page) : undefined;
  if (cdp) await cdp(session);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.benchDone !== undefined, undefined, { timeout });
  const result = await withTimeout(page.evaluate(() => window.benchDone), timeout, url);
  return { context, page, session, result };
}

/** Figure c; `delay` ms of server think time before the feed answers (0 = at once, as localhost does). */
async function firstCardFigure(browser, server, delay = 0) {
  const origin = server.origin;
  server.setFeedDelay(delay);
  const nav = { lib: [], base: [] };
  const fromResponse = { lib: [], base: [] };
  const requestStart = { lib: [], base: [] };
  const warmup = 1;
  for (let round = 0; round < warmup + LOAD_SAMPLES; round++) {
    const order = round % 2 ? ['base', 'lib'] : ['lib', 'base'];
    for (const kind of order) {
      const { context, result } = await loadPage(browser, `${origin}/bench/pages/paint-${kind}.html`);
      await context.close();
      if (round < warmup) continue;
      nav[kind].push(result.painted);
      fromResponse[kind].push(result.painted - result.responseEnd);
      requestStart[kind].push(result.requestStart);
    }
  }
  server.setFeedDelay(0);
  log(`c) first card painted (feed after ${delay} ms): library ${fmt(summarize(nav.lib).median)}, baseline ${fmt(summarize(nav.base).median)}`);
  return { nav, fromResponse, requestStart, delay };
}

/**
 * The 10,000-item feed is served as application/octet-stream. Playwright keeps Chromium's DevTools
 * Network domain enabled, and its agent decodes every response with a text type into a string for
 * its own records, on the main thread: for 5.5 MB that is one 40–55 ms task in the middle of the
 * load, for the library and the baseline alike, which no visitor's browser runs. Both read the body
 * the same way whatever the type (neither looks at it), so the figure shows their own work; a few
 * loads with the JSON type are still taken and reported, as "under DevTools instrumentation".
 */
async function bigFeedFigure(browser, server) {
  const origin = server.origin;
  server.setBigFeedType('application/octet-stream');
  const variants = { list: 'big-list', feed: 'big-feed', baseList: 'big-base-list', baseFeed: 'big-base-feed' };
  const hosts = { list: 'tin-list', feed: 'tin-feed', baseList: 'vanilla-list', baseFeed: 'vanilla-feed' };
  const out = Object.fromEntries(Object.keys(variants).map((k) => [k, { load: [], clicks: [], inp: [], ready: [], tasks: [] }]));
  let supported = true;
  for (let round = 0; round < BIG_SAMPLES; round++) {
    for (const [key, file] of Object.entries(variants)) {
      const { context, page, result } = await loadPage(browser, `${origin}/bench/pages/${file}.html`, { timeout: 60_000 });
      await page.waitForTimeout(300);
      const clickStart = await page.evaluate(() => performance.now());
      const host = hosts[key];
      for (let i = 0; i < 3; i++) {
        await page.locator(`${host} button[part~="more-button"]`).click();
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        await page.waitForTimeout(100);
      }
      const shown = await page.evaluate((tag) => {
        const el = document.querySelector(tag);
        return el.shadowRoot.querySelectorAll('li').length;
      }, host);
      const { tasks, events, ok } = await page.evaluate(() => ({
        ok: PerformanceObserver.supportedEntryTypes.includes('longtask'),
        tasks: window.benchLongTasks.map((t) => ({ start: t.startTime, duration: t.duration })),
        events: window.benchEvents.map((e) => ({ name: e.name, start: e.startTime, duration: e.duration, id: e.interactionId })),
      }));
      supported &&= ok;
      await context.close();
      const load = tasks.filter((t) => t.start < result.painted);
      const after = tasks.filter((t) => t.start >= clickStart);
      const interactions = new Map();
      for (const e of events) if (e.id) interactions.set(e.id, Math.max(interactions.get(e.id) ?? 0, e.duration));
      out[key].load.push(Math.max(0, ...load.map((t) => t.duration)));
      out[key].clicks.push(Math.max(0, ...after.map((t) => t.duration)));
      out[key].inp.push(Math.max(0, ...interactions.values()));
      out[key].ready.push(result.painted);
      out[key].tasks.push(load.length);
      if (round === 0) log(`d) ${file}: ${shown} items after 3 × "Xem thêm"; ${load.length} long tasks during load`);
    }
  }
  for (const key of Object.keys(variants)) {
    log(`d) ${variants[key]}: longest task (load) ${fmt(summarize(out[key].load).median)}, after clicks ${fmt(summarize(out[key].clicks).median)}, ready at ${fmt(summarize(out[key].ready).median)}`);
  }
  // The same loads with the feed's real type, DevTools' decoding task included.
  server.setBigFeedType('application/feed+json; charset=utf-8');
  const instrumented = { list: [], baseList: [] };
  for (let round = 0; round < 3; round++) {
    for (const key of Object.keys(instrumented)) {
      const { context, page, result } = await loadPage(browser, `${origin}/bench/pages/${variants[key]}.html`, { timeout: 60_000 });
      const tasks = await page.evaluate(() => window.benchLongTasks.map((t) => ({ start: t.startTime, duration: t.duration })));
      await context.close();
      instrumented[key].push(Math.max(0, ...tasks.filter((t) => t.start < result.painted).map((t) => t.duration)));
    }
  }
  log(`d) with the JSON type (DevTools decoding included): longest task big-list ${fmt(summarize(instrumented.list).median)}, big-base-list ${fmt(summarize(instrumented.baseList).median)}`);
  // And with the JSON type in a Chromium driven over a bare DevTools pipe (no Network domain).
  const bare = { list: [], baseList: [] };
  try {
    const raw = await launchRaw(process.env.CHROME_PATH ?? '/usr/bin/chromium');
    try {
      for (let round = 0; round < 3; round++) {
        for (const key of Object.keys(bare)) {
          const tasks = await withTimeout(
            raw.evaluateAfter(`${origin}/bench/pages/${variants[key]}.html`, 3000, 'window.benchLongTasks.map((t) => t.duration)'),
            20_000,
            'bare-pipe load',
          );
          bare[key].push(Math.max(0, ...tasks));
        }
      }
    } finally {
      raw.close();
    }
    log(`d) with the JSON type, no DevTools Network domain: longest task big-list ${fmt(summarize(bare.list).median)}, big-base-list ${fmt(summarize(bare.baseList).median)}`);
  } catch (error) {
    log('d) bare-pipe check failed:', error.message);
  }
  return { ...out, supported, instrumented, bare: bare.list.length ? bare : undefined };
}

// --- e) layout shift on the demo ----------------------------------------------------------------------
function clsOf(shifts) {
  // CLS = the largest session window (shifts < 1 s apart, window ≤ 5 s) of shifts without recent input.
  let best = 0;
  let current = 0;
  let first = 0;
  let last = 0;
  for (const s of shifts.filter((x) => !x.hadRecentInput).sort((a, b) => a.start - b.start)) {
    if (current && s.start - last < 1000 && s.start - first < 5000) current += s.value;
    else {
      current = s.value;
      first = s.start;
    }
    last = s.start;
    best = Math.max(best, current);
  }
  return best;
}

async function layoutShiftFigure(browser, origin) {
  if (!existsSync(join(ROOT, 'demo/feed.json'))) return { skipped: 'demo/feed.json does not exist yet (another helper is writing it)' };
  const builtDemo = () => ['dist-demo/demo/index.html', 'dist-demo/index.html'].find((f) => existsSync(join(ROOT, f)));
  if (!builtDemo()) {
    log('e) building the static demo (npm run build:demo)…');
    try {
      execSync('npm run build:demo', { cwd: ROOT, stdio: 'pipe' });
    } catch (error) {
      return { skipped: `npm run build:demo failed: ${String(error.stderr ?? error.message).split('\n').find((l) => l.trim()) ?? ''}` };
    }
  }
  const demoPath = builtDemo();
  if (!demoPath) return { skipped: 'npm run build:demo produced no index.html in dist-demo/' };
  const values = [];
  const sources = new Map();
  let rendered;
  let worst;
  for (let i = 0; i < CLS_SAMPLES; i++) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.benchShifts = [];
      // When the elements get defined (upgrade) and when the page first painted: a shift between
      // the two comes from content appearing at upgrade, not from data arriving.
      customElements.whenDefined('tin-card').then(() => (window.benchDefined = performance.now()));
      // What the first <tin-card> shows, frame by frame: not yet defined / skeleton / loaded, and its height.
      window.benchCardStates = [];
      const watch = () => {
        const card = document.querySelector('tin-card');
        const root = card?.shadowRoot;
        const state = !card ? undefined : !customElements.get('tin-card') || !root ? 'not defined yet' : root.querySelector('.skeleton') ? 'skeleton' : root.querySelector('a[part~="link"]') ? 'loaded' : root.querySelector('.state-error') ? 'error box' : 'empty';
        if (state) {
          const height = Math.round(card.getBoundingClientRect().height);
          const last = window.benchCardStates.at(-1);
          if (!last || last.state !== state || last.height !== height) window.benchCardStates.push({ state, height, at: Math.round(performance.now()) });
        }
        if (performance.now() < 3000) requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          window.benchShifts.push({
            value: e.value,
            start: e.startTime,
            hadRecentInput: e.hadRecentInput,
            sources: (e.sources ?? []).map((s) => {
              const n = s.node;
              const host = n?.getRootNode?.()?.host;
              const name = n ? `${n.nodeName.toLowerCase()}${n.className && typeof n.className === 'string' ? `.${n.className.trim().split(/\s+/).join('.')}` : ''}` : '?';
              return host ? `${host.localName} › ${name}` : name;
            }),
            moves: (e.sources ?? []).map((s) => ({
              node: s.node ? `${s.node.nodeName.toLowerCase()}${s.node.className && typeof s.node.className === 'string' ? `.${s.node.className.trim().split(/\s+/)[0]}` : ''}` : '?',
              from: [Math.round(s.previousRect.y), Math.round(s.previousRect.height)],
              to: [Math.round(s.currentRect.y), Math.round(s.currentRect.height)],
            })),
          });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const failed = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${new URL(r.url()).pathname}`));
    await page.goto(`${origin}/${demoPath}`, { waitUntil: 'load' });
    await page.waitForTimeout(3000);
    const shifts = await page.evaluate(() => window.benchShifts);
    const timing = await page.evaluate(() => ({
      cardStates: window.benchCardStates,
      defined: window.benchDefined,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    }));
    const biggest = [...shifts].sort((a, b) => b.value - a.value)[0];
    if (biggest && (!worst || biggest.value > worst.value)) worst = { ...biggest, ...timing };
    // Settled = the feeds really rendered: count title links inside the demo's elements.
    rendered = await page.evaluate(() => {
      const count = (sel) => [...document.querySelectorAll(sel)].filter((el) => el.shadowRoot?.querySelector('a[part~="link"], h1')).length;
      return { cards: count('tin-card'), lists: count('tin-list'), articles: count('tin-article'), failed: [] };
    });
    rendered.failed = failed;
    if (failed.length) log(`e) failed requests: ${failed.join(', ')}`);
    await context.close();
    values.push(clsOf(shifts));
    for (const s of shifts) for (const src of s.sources) sources.set(src, (sources.get(src) ?? 0) + s.value / CLS_SAMPLES);
  }
  const top = [...sources.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5);
  log(`e) demo CLS median ${summarize(values).median.toFixed(3)}; rendered ${JSON.stringify(rendered)}`);
  if (worst) log(`e) first <tin-card>: ${worst.cardStates.map((c) => `${c.state} ${c.height}px@${c.at}ms`).join(' → ')}`);
  if (worst) log(`e) largest shift ${worst.value.toFixed(3)} at ${worst.start.toFixed(0)} ms (first paint ${worst.fcp?.toFixed(0)} ms, <tin-card> defined ${worst.defined?.toFixed(0)} ms): ${worst.moves.map((m) => `${m.node} y ${m.from[0]}→${m.to[0]} h ${m.from[1]}→${m.to[1]}`).join('; ')}`);
  return { values, top, rendered, demoPath, worst };
}

// --- f) heap after mount/unmount -------------------------------------------------------------------
async function heapFigure(browser, origin) {
  const out = {};
  for (const kind of ['tin-card', 'tin-list', 'tin-article', 'tin-feed']) {
    const page = await openRenderPage(browser, origin);
    const cdp = await page.context().newCDPSession(page);
    const measure = async () => {
      for (let i = 0; i < 3; i++) {
        await page.evaluate(() => globalThis.gc?.());
        await cdp.send('HeapProfiler.collectGarbage');
      }
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const dom = await cdp.send('Memory.getDOMCounters');
      return { used: usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
    };
    await page.evaluate(([k]) => window.bench.cycles(k, 20), [kind]); // warm-up: templates, chunks, caches
    const before = await measure();
    const t0 = Date.now();
    await withTimeout(page.evaluate(([k, n]) => window.bench.cycles(k, n), [kind, CYCLES]), 120_000, `${kind} cycles`);
    const seconds = (Date.now() - t0) / 1000;
    const after = await measure();
    out[kind] = { mb: (after.used - before.used) / 1024 / 1024, nodes: after.nodes - before.nodes, listeners: after.listeners - before.listeners, seconds };
    log(`f) ${kind}: heap ${out[kind].mb >= 0 ? '+' : ''}${out[kind].mb.toFixed(3)} MB, DOM nodes ${out[kind].nodes >= 0 ? '+' : ''}${out[kind].nodes}, listeners ${out[kind].listeners >= 0 ? '+' : ''}${out[kind].listeners} after ${CYCLES} cycles (${seconds.toFixed(1)} s)`);
    await page.context().close();
  }
  return out;
}

// --- profiling: where the library's time goes when it misses a goal ------------------------------------
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing'];

async function profileRender(browser, origin, method, runs = 10) {
  const page = await openRenderPage(browser, origin);
  for (let i = 0; i < 3; i++) {
    await page.evaluate(([m]) => window.bench[m]('lib'), [method]);
    await page.evaluate(([m]) => window.bench[m]('base'), [method]);
  }
  const phases = {};
  for (const kind of ['lib', 'base']) {
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    let timed = 0;
    for (let i = 0; i < runs; i++) timed += await page.evaluate(([m, k]) => window.bench[m](k), [method, kind]);
    const trace = JSON.parse((await browser.stopTracing()).toString());
    phases[kind] = await timedPhases(trace, `${kind}-`, runs, timed);
  }
  // No explicit gc() between profiled runs: its time would be sampled as the library's.
  await page.evaluate(() => (window.bench.noGc = true));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  let timed = 0;
  for (let i = 0; i < runs; i++) timed += await page.evaluate(([m]) => window.bench[m]('lib'), [method]);
  const { profile } = await cdp.send('Profiler.stop');
  await page.context().close();
  return { profile, runs, timed, phases };
}

/** Phase totals inside the timed regions only (the performance.measure spans), per run. */
function timedPhases(trace, prefix, runs, timedMs) {
  const events = trace.traceEvents ?? trace;
  const spans = events
    .filter((e) => e.cat?.includes('blink.user_timing') && e.name?.startsWith(prefix) && (e.ph === 'b' || e.ph === 'e' || e.ph === 'X'))
    .sort((a, b) => a.ts - b.ts);
  const windows = [];
  let open;
  for (const e of spans) {
    if (e.ph === 'X') windows.push([e.ts, e.ts + e.dur]);
    else if (e.ph === 'b') open = e.ts;
    else if (open !== undefined) {
      windows.push([open, e.ts]);
      open = undefined;
    }
  }
  const inside = (e) => windows.some(([a, b]) => e.ts >= a && e.ts < b);
  // performance.measure is recorded on the page's main thread: that thread is the one to digest.
  const thread = spans[0] && { pid: spans[0].pid, tid: spans[0].tid };
  const digest = digestTrace({ traceEvents: events.filter((e) => e.ph !== 'X' || inside(e)) }, thread);
  const per = Object.fromEntries(Object.entries(digest.phases).map(([k, v]) => [k, v / runs]));
  return { perRun: per, timedPerRun: timedMs / runs, windows: windows.length };
}

async function profileLoad(browser, url, runs = 3) {
  let merged;
  let ready = 0;
  for (let i = 0; i < runs; i++) {
    const { context, result, session } = await loadPage(browser, url, {
      timeout: 60_000,
      cdp: async (s) => {
        await s.send('Profiler.enable');
        await s.send('Profiler.setSamplingInterval', { interval: 100 });
        await s.send('Profiler.start');
      },
    });
    ready += result.painted / runs;
    const { profile } = await session.send('Profiler.stop');
    await context.close();
    merged = merged ? mergeProfiles(merged, profile) : profile;
  }
  return { profile: merged, runs, timed: ready * runs };
}

/** Profiles 3 "Xem thêm" clicks on a loaded page (the click handler and the re-render). */
async function profileClicks(browser, url, host, loads = 2) {
  let merged;
  let clicks = 0;
  for (let i = 0; i < loads; i++) {
    const { context, page, session } = await loadPage(browser, url, { timeout: 60_000, cdp: async () => {} });
    await page.waitForTimeout(300);
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 100 });
    await session.send('Profiler.start');
    for (let c = 0; c < 3; c++) {
      await page.locator(`${host} button[part~="more-button"]`).click();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      clicks++;
    }
    const { profile } = await session.send('Profiler.stop');
    await context.close();
    merged = merged ? mergeProfiles(merged, profile) : profile;
  }
  return { profile: merged, runs: clicks, timed: NaN };
}

function mergeProfiles(a, b) {
  // Renumber b's nodes after a's and concatenate samples; digestProfile aggregates by function anyway.
  const offset = Math.max(...a.nodes.map((n) => n.id));
  const nodes = [
    ...a.nodes,
    ...b.nodes.map((n) => ({ ...n, id: n.id + offset, children: n.children?.map((c) => c + offset) })),
  ];
  return { nodes, samples: [...a.samples, ...b.samples.map((s) => s + offset)], timeDeltas: [...a.timeDeltas, ...b.timeDeltas] };
}

async function hotSpots(result, maps, { top = 12 } = {}) {
  await maps.preload(result.profile.nodes.map((n) => n.callFrame.url).filter(Boolean));
  const digest = digestProfile(result.profile, maps);
  const per = (ms) => ms / result.runs;
  const interesting = (row) => !['(idle)', '(program)', '(root)'].includes(row.name);
  const selfRows = digest.bySelf.filter(interesting).slice(0, top).map((row) => ({
    name: row.name,
    where: row.where,
    selfMs: per(row.self),
    totalMs: per(row.total),
    text: row.text,
  }));
  const lib = (row) => row.where?.startsWith('src/');
  const totalRows = digest.byTotal.filter((row) => interesting(row) && lib(row)).slice(0, top).map((row) => ({
    name: row.name,
    where: row.where,
    selfMs: per(row.self),
    totalMs: per(row.total),
    text: row.text,
  }));
  const special = Object.fromEntries(digest.bySelf.filter((row) => !interesting(row) || row.name === '(garbage collector)').map((row) => [row.name, per(row.self)]));
  return { selfRows, totalRows, special, sampledMs: per(digest.totalMs), timedMs: result.timed / result.runs };
}

// --- report ------------------------------------------------------------------------------------------
function table(rows) {
  const head = ['Figure', 'Library median (p10–p90)', 'Baseline median (p10–p90)', 'Ratio, median of paired rounds (p10–p90)', 'Goal', 'Met?'];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? '---' : i === 5 ? ':-:' : '---:')).join('|')}|`];
  for (const r of rows) lines.push(`| ${[r.figure, r.lib, r.base, r.ratio, r.goal, r.met].join(' | ')} |`);
  return lines.join('\n');
}

function ratioCell(r) {
  return r ? `${r.value.toFixed(2)}× (${r.p10.toFixed(2)}–${r.p90.toFixed(2)})` : '—';
}

function buildRows(res) {
  const rows = [];
  const ratioRow = (figure, data, unit = 'ms') => {
    const r = ratioOf(data.lib, data.base);
    rows.push({ figure, lib: cell(summarize(data.lib), unit), base: cell(summarize(data.base), unit), ratio: ratioCell(r), goal: `≤ ${RATIO_GOAL}×`, met: r.value <= RATIO_GOAL ? 'yes' : '**no**', r });
  };
  if (res.render?.a) ratioRow('a) Render 1,000-item `<tin-list>` (`.feed`, `limit=1000`): create → `updateComplete` + forced layout', res.render.a);
  if (res.render?.b1) ratioRow('b1) 100-card `<tin-feed src>` (fresh URL: fetch + parse + render) → all cards rendered + forced layout', res.render.b1);
  if (res.render?.b3) ratioRow('b3) 100-card `<tin-feed>` grid, feed already in memory (no loading state): create → all cards rendered + forced layout', res.render.b3);
  if (res.render?.b2) ratioRow('b2) 100 × `<tin-card>` with `.article` in a grid → all `updateComplete` + forced layout', res.render.b2);
  if (res.paint) {
    const r = ratioOf(res.paint.requestStart.lib, res.paint.requestStart.base);
    rows.push({ figure: 'c0) same pages: navigation start → feed request sent (how late the element asks for the feed)', lib: cell(summarize(res.paint.requestStart.lib)), base: cell(summarize(res.paint.requestStart.base)), ratio: ratioCell(r), goal: '—', met: '—' });
  }
  if (res.paint) ratioRow('c1) 20-item `<tin-feed>` page, cold load: navigation start → first card title link + next frame painted', res.paint.nav);
  if (res.paint) ratioRow('c2) same pages: feed response end → first card painted', res.paint.fromResponse);
  if (res.paintSlow) ratioRow(`c3) as c1, the feed answering after ${FEED_DELAY} ms of server time: navigation start → first card painted`, res.paintSlow.nav);
  if (res.paintSlow) ratioRow('c4) same pages: feed response end → first card painted', res.paintSlow.fromResponse);
  const big = res.big;
  const absRow = (figure, lib, base) => {
    const s = summarize(lib);
    const r = ratioOf(lib, base);
    rows.push({ figure, lib: cell(s), base: cell(summarize(base)), ratio: r && Number.isFinite(r.value) ? `${r.value.toFixed(2)}×` : '—', goal: '< 50 ms', met: big.supported ? (s.median < 50 ? (s.p90 < 50 ? 'yes' : 'median only') : '**no**') : 'n/a (no longtask API)' });
  };
  if (big) {
  absRow('d1) 10,000-item feed, `<tin-list load-more>`: longest task during load + render (vanilla list for reference)', big.list.load, big.baseList.load);
  absRow('d2) same `<tin-list load-more>`: longest task over 3 × "Xem thêm" clicks', big.list.clicks, big.baseList.clicks);
  absRow('d3) 10,000-item feed, `<tin-feed>`: longest task during load + render (vanilla grid for reference)', big.feed.load, big.baseFeed.load);
  absRow('d4) same `<tin-feed>`: longest task over 3 × "Xem thêm" clicks', big.feed.clicks, big.baseFeed.clicks);
  }
  if (!res.cls) {
    // not run
  } else if (res.cls.skipped) {
    rows.push({ figure: 'e) CLS of /demo/index.html after 3 s', lib: `skipped: ${res.cls.skipped}`, base: '—', ratio: '—', goal: '< 0.1', met: '—' });
  } else {
    const s = summarize(res.cls.values);
    // Core Web Vitals judge CLS at the 75th percentile of page loads.
    rows.push({ figure: `e) CLS of the built demo (\`${res.cls.demoPath}\`) after 3 s; p75 of loads = ${s.q3.toFixed(3)}`, lib: cell(s, ''), base: '—', ratio: '—', goal: '< 0.1 at p75', met: s.q3 < 0.1 ? 'yes' : '**no**' });
  }
  for (const [kind, h] of Object.entries(res.heap ?? {})) {
    rows.push({
      figure: `f) Heap growth after ${CYCLES} mount/unmount cycles of \`<${kind}>\` (after GC; DOM nodes ${h.nodes >= 0 ? '+' : ''}${h.nodes}, listeners ${h.listeners >= 0 ? '+' : ''}${h.listeners})`,
      lib: `${h.mb >= 0 ? '+' : ''}${h.mb.toFixed(3)} MB`,
      base: '—',
      ratio: '—',
      goal: '< 0.5 MB',
      met: h.mb < 0.5 ? 'yes' : '**no**',
    });
  }
  return rows;
}

function profileMarkdown(profiles) {
  const parts = [];
  for (const p of profiles) {
    parts.push(`**${p.title}**${Number.isFinite(p.hot.timedMs) ? ` — library ${fmt(p.hot.timedMs)} per run` : ''}; CPU time per run:`);
    if (p.phases) {
      const names = [...new Set([...Object.keys(p.phases.lib.perRun), ...Object.keys(p.phases.base.perRun)])];
      parts.push('', '| Phase (trace, per run, inside the timed region) | Library | Baseline |', '|---|---:|---:|');
      for (const name of names) parts.push(`| ${name} | ${fmt(p.phases.lib.perRun[name] ?? 0)} | ${fmt(p.phases.base.perRun[name] ?? 0)} |`);
      const other = (x) => x.timedPerRun - Object.values(x.perRun).reduce((a, b) => a + b, 0);
      parts.push(`| Everything else: JavaScript, DOM calls, GC | ${fmt(other(p.phases.lib))} | ${fmt(other(p.phases.base))} |`);
      parts.push(`| Whole timed region | ${fmt(p.phases.lib.timedPerRun)} | ${fmt(p.phases.base.timedPerRun)} |`);
    }
    parts.push('', '| Library function (by inclusive time) | Source | Self | Total |', '|---|---|---:|---:|');
    for (const row of p.hot.totalRows.slice(0, 10)) parts.push(`| \`${row.name}\` | ${row.where} | ${fmt(row.selfMs)} | ${fmt(row.totalMs)} |`);
    parts.push('', '| Heaviest by self time (any code; one-letter names are minified inside the published lit-html build) | Source | Self |', '|---|---|---:|');
    for (const row of p.hot.selfRows.slice(0, 10)) parts.push(`| \`${row.name}\` | ${row.where || 'native'} | ${fmt(row.selfMs)} |`);
    parts.push('');
  }
  return parts.join('\n');
}

function printProfile(p) {
  console.log(`\n=== Profile: ${p.title} ===`);
  console.log(`library timed region ${fmt(p.hot.timedMs)} per run; sampled ${fmt(p.hot.sampledMs)} per run; special: ${Object.entries(p.hot.special).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}`);
  if (p.phases) {
    console.log('phases per run (library vs baseline):');
    const names = [...new Set([...Object.keys(p.phases.lib.perRun), ...Object.keys(p.phases.base.perRun)])];
    for (const name of names) console.log(`  ${name.padEnd(26)} ${fmt(p.phases.lib.perRun[name] ?? 0).padStart(10)} ${fmt(p.phases.base.perRun[name] ?? 0).padStart(10)}`);
    const other = (x) => x.timedPerRun - Object.values(x.perRun).reduce((a, b) => a + b, 0);
    console.log(`  ${'JS + DOM calls + GC'.padEnd(26)} ${fmt(other(p.phases.lib)).padStart(10)} ${fmt(other(p.phases.base)).padStart(10)}`);
    console.log(`  ${'timed region'.padEnd(26)} ${fmt(p.phases.lib.timedPerRun).padStart(10)} ${fmt(p.phases.base.timedPerRun).padStart(10)}`);
  }
  console.log('library functions by inclusive time (per run):');
  for (const r of p.hot.totalRows) console.log(`  ${fmt(r.totalMs).padStart(9)} total ${fmt(r.selfMs).padStart(9)} self  ${r.name}  ${r.where}  ${r.text ? `| ${r.text.slice(0, 90)}` : ''}`);
  console.log('heaviest by self time (per run):');
  for (const r of p.hot.selfRows) console.log(`  ${fmt(r.selfMs).padStart(9)} self ${fmt(r.totalMs).padStart(9)} total  ${r.name}  ${r.where || 'native'}  ${r.text ? `| ${r.text.slice(0, 90)}` : ''}`);
}

function writeBenchmarks(markdown) {
  const file = join(ROOT, 'BENCHMARKS.md');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const begin = '<!-- speed:begin -->';
  const end = '<!-- speed:end -->';
  const block = `${begin}\n${markdown.trim()}\n${end}`;
  let next;
  if (current.includes(begin) && current.includes(end)) {
    next = current.slice(0, current.indexOf(begin)) + block + current.slice(current.indexOf(end) + end.length);
  } else {
    next = `${current.trimEnd()}\n\n## Speed\n\n${block}\n`;
  }
  writeFileSync(file, next);
}

function loadText() {
  loadSamples.push(os.loadavg()[0]);
  const l = summarize(loadSamples);
  return `median ${l.median.toFixed(1)} (min ${l.min.toFixed(1)}, max ${l.max.toFixed(1)})`;
}

// --- main --------------------------------------------------------------------------------------------
async function main() {
  if (!existsSync(join(ROOT, 'dist/cdn/tin-widgets.js'))) throw new Error('dist/cdn/tin-widgets.js is missing: run `npm run build` first (npm run bench does).');
  // Serve a snapshot of the bundles: other people rebuild dist/ (emptying it) while this runs.
  const snapshot = mkdtempSync(join(os.tmpdir(), 'tin-bench-'));
  cpSync(join(ROOT, 'dist/cdn'), join(snapshot, 'cdn'), { recursive: true });
  const server = await startServer(ROOT, { '/dist/cdn/': join(snapshot, 'cdn') });
  const browser = await launch();
  log(`server ${server.origin}; Chromium ${browser.version()}; ${SAMPLES} samples per variant`);
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
    if (want('a') || want('b')) res.render = await renderFigures(browser, server.origin);
    if (want('f')) res.heap = await heapFigure(browser, server.origin);
    if (want('c')) res.paint = await firstCardFigure(browser, server);
    if (want('c')) res.paintSlow = await firstCardFigure(browser, server, FEED_DELAY);
    if (want('d')) res.big = await bigFeedFigure(browser, server);
    if (want('e')) res.cls = await layoutShiftFigure(browser, server.origin);

    const rows = buildRows(res);
    // Where the time goes, for every figure that misses its goal.
    const maps = new SourceMaps(server.fileFor, server.origin);
    const missed = (prefix) => rows.some((r) => r.figure.startsWith(prefix) && r.met.includes('no'));
    if (process.env.BENCH_PROFILE !== '0') {
      for (const [prefix, method, title] of [
        ['a)', 'list', 'a) 1,000-item <tin-list>'],
        ['b2)', 'cards', 'b2) 100 × <tin-card>'],
        ['b1)', 'feed', 'b1) <tin-feed src>, 100 cards'],
        ['b3)', 'feedCached', 'b3) <tin-feed>, feed in memory, 100 cards'],
      ]) {
        if (!missed(prefix) && process.env.BENCH_PROFILE !== 'all') continue;
        log(`profiling ${title}…`);
        const result = await profileRender(browser, server.origin, method);
        profiles.push({ title, hot: await hotSpots(result, maps), phases: result.phases });
      }
      if (missed('c') || process.env.BENCH_PROFILE === 'all') {
        log('profiling c) first-card page load…');
        const result = await profileLoad(browser, `${server.origin}/bench/pages/paint-lib.html`, 3);
        profiles.push({ title: 'c) 20-item <tin-feed> page load (navigation → first card painted, 3 loads)', hot: await hotSpots(result, maps) });
      }
      for (const [prefix, file, title] of [
        ['d1)', 'big-list', 'd1) 10,000-item <tin-list load-more> page load'],
        ['d3)', 'big-feed', 'd3) 10,000-item <tin-feed> page load'],
      ]) {
        if (!missed(prefix) && process.env.BENCH_PROFILE !== 'all') continue;
        log(`profiling ${title}…`);
        const result = await profileLoad(browser, `${server.origin}/bench/pages/${file}.html`, 2);
        profiles.push({ title: `${title} (navigation → first item painted, 2 loads)`, hot: await hotSpots(result, maps) });
      }
      for (const [prefix, file, host, title] of [
        ['d2)', 'big-list', 'tin-list', 'd2) "Xem thêm" on the 10,000-item <tin-list>'],
        ['d4)', 'big-feed', 'tin-feed', 'd4) "Xem thêm" on the 10,000-item <tin-feed>'],
      ]) {
        if (!missed(prefix) && process.env.BENCH_PROFILE !== 'all') continue;
        log(`profiling ${title}…`);
        const result = await profileClicks(browser, `${server.origin}/bench/pages/${file}.html`, host);
        profiles.push({ title: `${title} (per click, 6 clicks)`, hot: await hotSpots(result, maps) });
      }
    }

    const cpu = os.cpus();
    const info = {
      date: new Date().toISOString().slice(0, 10),
      machine: `${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB RAM, ${os.type()} ${os.release()} (${os.arch()})`,
      chromium: browser.version(),
      node: process.version,
    };
    const checks = (res.render?.checks ?? []).map((c) => `${c.name}: ${c.same ? 'identical' : '**differs**'}`).join('; ');
    const clsNote = !res.cls ? 'e) not run.' : res.cls.skipped
      ? `e) skipped — ${res.cls.skipped}.`
      : `e) ${CLS_SAMPLES} cold loads of \`${res.cls.demoPath}\` (\`npm run build:demo\` output; feed.json and images served from demo/; 1280×800; after 3 s ${res.cls.rendered.cards} cards, ${res.cls.rendered.lists} list and ${res.cls.rendered.articles} article showed content), CLS = largest session window of \`layout-shift\` entries (buffered observer installed before any script); biggest shifting nodes: ${res.cls.top.map(([n, v]) => `${n} (${v.toFixed(3)})`).join(', ') || 'none'}.${res.cls.worst ? ` Largest single shift: ${res.cls.worst.value.toFixed(3)} at ${res.cls.worst.start.toFixed(0)} ms after navigation (first contentful paint ${res.cls.worst.fcp?.toFixed(0) ?? '?'} ms; \`<tin-card>\` defined at ${res.cls.worst.defined?.toFixed(0) ?? '?'} ms) — ${res.cls.worst.moves.map((m) => `${m.node} y ${m.from[0]}→${m.to[0]} px, height ${m.from[1]}→${m.to[1]} px`).join('; ')} (y 0/height 0 = pushed out of the 800 px viewport). The first \`<tin-card>\` in that load, frame by frame: ${res.cls.worst.cardStates.map((c) => `${c.state} ${c.height} px at ${c.at} ms`).join(' → ')}.` : ''} Loads with CLS ≥ 0.1: ${res.cls.values.filter((v) => v >= 0.1).length} of ${res.cls.values.length}.`;
    const rows2 = table(rows);
    const markdown = [
      `_Measured by \`npm run bench\` on ${info.date}. Machine: ${info.machine}. Browser: Chromium ${info.chromium} (headless, playwright-core), Node ${info.node}._`,
      '',
      rows2,
      '',
      'How the figures are taken:',
      '',
      `- Baseline = \`bench/pages/baseline.js\`: hand-written vanilla custom elements building the same shadow-DOM markup with \`createElement\` (same heading, \`ul/li/a/time\`, card \`article\`/image/title/date/summary, grid), adopting the same stylesheet text (copied at run time from the library elements' \`adoptedStyleSheets\`), dates formatted in Asia/Ho_Chi_Minh with \`Intl.DateTimeFormat\`. Before timing, the harness compares the library's and the baseline's DOM (elements, attributes, text, shadow roots, rendered \`innerText\`): ${checks}.`,
      `- a, b: ${SAMPLES} samples per variant after ${WARMUP} warm-up rounds, library and baseline alternating (order flipped each round), fresh container per sample, \`gc()\` and two frames between samples; timed inside the page with \`performance.now()\`/\`performance.measure\` from \`createElement\` to \`updateComplete\` (all cards' for b) plus \`getBoundingClientRect()\`. The 1,000- and 100-item feeds are parsed by the library once (its own \`Feed\` model) and given to both. b1 gives both a fresh \`src\` URL per sample, so each sample includes fetch + parse from the local server, and for the library its loading skeleton (12 placeholder cards rendered and painted while the local server answers in a few milliseconds; the baseline shows nothing while loading). b3 renders the grid from a feed already in memory (the library's cache, the baseline's property), so no loading state is involved.`,
      `- c: ${LOAD_SAMPLES} cold page loads per variant (new browser context each, alternating, 1 warm-up round): \`paint-lib.html\` loads \`dist/cdn/tin-widgets.js\` (which loads \`<tin-feed>\` on demand) with \`<tin-feed src limit=20>\`; \`paint-base.html\` loads \`baseline.js\`, which fetches the same JSON and builds the same grid. Time = \`performance.now()\` (ms since navigation start) at the first frame after the first card's title link exists (rAF, then a message posted from it). c2 subtracts the feed's Resource Timing \`responseEnd\`. From localhost the feed answers about 5 ms after it is asked for, while the library is still rendering and painting its loading skeleton (12 placeholder cards of real size, so nothing shifts when the articles arrive; the baseline shows nothing while loading): that main-thread work, about 30 ms on this machine, is what c1 and c2 add. c3/c4 repeat the loads with the server answering the feed after ${FEED_DELAY} ms, as a portal's CMS does: the skeleton is then painted while the request is in flight.`,
      `- d: ${BIG_SAMPLES} cold loads per page of a 10,000-item JSON Feed (${(server.feedBody(10000, false).length / 1024 / 1024).toFixed(1)} MB); long tasks from a \`longtask\` PerformanceObserver (buffered, installed before any script). "Load + render" = tasks starting before the first item is painted; then "Xem thêm" is clicked 3 times (real clicks). Median of per-load maxima; "median only" = median under 50 ms but p90 not. The feed is served as \`application/octet-stream\`: with a text type, the DevTools Network agent that Playwright keeps enabled decodes the whole body on the main thread for its own records (not something a visitor's browser does); with \`application/feed+json\` (3 loads each) the longest load task is ${res.big?.instrumented ? `${fmt(summarize(res.big.instrumented.list).median)} for \`<tin-list>\` and ${fmt(summarize(res.big.instrumented.baseList).median)} for the vanilla list` : 'not measured'}; in a Chromium driven over a bare DevTools pipe (no Network domain, \`bench/lib/raw-cdp.mjs\`; 3 loads each, longest task in the first 3 s) it is ${res.big?.bare ? `${fmt(summarize(res.big.bare.list).median)} for \`<tin-list>\` and ${fmt(summarize(res.big.bare.baseList).median)} for the vanilla list` : 'not measured'}.`,
      res.big ? `- d, more: navigation → first item painted: \`<tin-list>\` ${fmt(summarize(res.big.list.ready).median)} vs vanilla ${fmt(summarize(res.big.baseList.ready).median)}, \`<tin-feed>\` ${fmt(summarize(res.big.feed.ready).median)} vs vanilla ${fmt(summarize(res.big.baseFeed.ready).median)}; worst "Xem thêm" click latency (Event Timing, input → next paint): \`<tin-list>\` ${fmt(summarize(res.big.list.inp).median)} vs ${fmt(summarize(res.big.baseList.inp).median)}, \`<tin-feed>\` ${fmt(summarize(res.big.feed.inp).median)} vs ${fmt(summarize(res.big.baseFeed.inp).median)} (medians; 0 = under the 16 ms reporting threshold).` : '',
      `- ${clsNote}`,
      `- f: one page per element, 20 warm-up cycles, then ${CYCLES} × (create, set data, append, await render, remove); heap = CDP \`Runtime.getHeapUsage\` after \`gc()\` + \`HeapProfiler.collectGarbage\` (×3), before vs after; DOM nodes/listeners from \`Memory.getDOMCounters\`.`,
      `- Ratio = median of the per-round ratios library / baseline (variants run back to back each round), in brackets their 10th–90th percentiles. 1-minute load average during the run: ${loadText()} on ${os.cpus().length} cores — other work was running on this machine, hence the wide spreads; compare ratios, not absolute times.`,
      '',
      profiles.length ? '### Where the library spends the time (figures that miss their goal)\n\nCPU profile (CDP `Profiler`, 50–100 µs sampling) of the library variant, positions mapped back to `src/` through the bundles\' source maps; phases from a Chromium trace of the same timed regions.\n' : '',
      profiles.length ? profileMarkdown(profiles) : '',
      `How to reproduce: \`npm run bench\` (builds, then runs \`node bench/run.mjs\`; set \`CHROME_PATH\` for another Chromium). Total run time here: ${((Date.now() - started) / 1000).toFixed(0)} s.`,
    ].join('\n');

    console.log(`\n${rows2}\n`);
    for (const p of profiles) printProfile(p);
    console.log(`\n${info.machine}; Chromium ${info.chromium}; ${info.date}; load average ${loadText()}`);
    if (WRITE) {
      writeBenchmarks(markdown);
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
