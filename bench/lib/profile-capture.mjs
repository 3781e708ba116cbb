// Taking the CPU profiles and traces that lib/profile.mjs digests: where the library's time goes
// when a figure misses its goal (in-page renders, page loads, "Xem thêm" clicks).
import { loadPage, openRenderPage } from './browser.mjs';
import { digestProfile, digestTrace } from './profile.mjs';

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink.user_timing',
];

export async function profileRender(browser, origin, method, runs = 10) {
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
    .filter(
      (e) =>
        e.cat?.includes('blink.user_timing') &&
        e.name?.startsWith(prefix) &&
        (e.ph === 'b' || e.ph === 'e' || e.ph === 'X'),
    )
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

export async function profileLoad(browser, url, runs = 3, { timeout = 60_000 } = {}) {
  let merged;
  let ready = 0;
  for (let i = 0; i < runs; i++) {
    const { context, result, session } = await loadPage(browser, url, {
      timeout,
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
export async function profileClicks(browser, url, host, loads = 2) {
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
  return {
    nodes,
    samples: [...a.samples, ...b.samples.map((s) => s + offset)],
    timeDeltas: [...a.timeDeltas, ...b.timeDeltas],
  };
}

export async function hotSpots(result, maps, { top = Number(process.env.BENCH_TOP ?? 12) } = {}) {
  await maps.preload(result.profile.nodes.map((n) => n.callFrame.url).filter(Boolean));
  const digest = digestProfile(result.profile, maps);
  const per = (ms) => ms / result.runs;
  const interesting = (row) => !['(idle)', '(program)', '(root)'].includes(row.name);
  const asRow = (row) => ({
    name: row.name,
    where: row.where,
    selfMs: per(row.self),
    totalMs: per(row.total),
    text: row.text,
  });
  const selfRows = digest.bySelf.filter(interesting).slice(0, top).map(asRow);
  const lib = (row) => row.where?.startsWith('src/');
  const totalRows = digest.byTotal
    .filter((row) => interesting(row) && lib(row))
    .slice(0, top)
    .map(asRow);
  const special = Object.fromEntries(
    digest.bySelf
      .filter((row) => !interesting(row) || row.name === '(garbage collector)')
      .map((row) => [row.name, per(row.self)]),
  );
  return { selfRows, totalRows, special, sampledMs: per(digest.totalMs), timedMs: result.timed / result.runs };
}
