// Figure d: a 10,000-item JSON Feed in <tin-list load-more> and <tin-feed> against the vanilla
// list and grid: the longest main-thread task during load + render and over 3 "Xem thêm" clicks,
// plus the same loads with the feed's real type, and in a Chromium with no DevTools Network domain.
import { loadPage, withTimeout } from '../lib/browser.mjs';
import { fmt, taskCell, taskRatio, taskText } from '../lib/format.mjs';
import { log } from '../lib/log.mjs';
import { profileClicks, profileLoad } from '../lib/profile-capture.mjs';
import { launchRaw } from '../lib/raw-cdp.mjs';
import { summarize } from '../lib/stats.mjs';

export const letters = ['d'];

/**
 * The 10,000-item feed is served as application/octet-stream. Playwright keeps Chromium's DevTools
 * Network domain enabled, and its agent decodes every response with a text type into a string for
 * its own records, on the main thread: for 5.5 MB that is one 40–55 ms task in the middle of the
 * load, for the library and the baseline alike, which no visitor's browser runs. Both read the body
 * the same way whatever the type (neither looks at it), so the figure shows their own work; a few
 * loads with the JSON type are still taken and reported, as "under DevTools instrumentation".
 */
export async function measure({ browser, server, options }) {
  const origin = server.origin;
  server.setBigFeedType('application/octet-stream');
  const variants = { list: 'big-list', feed: 'big-feed', baseList: 'big-base-list', baseFeed: 'big-base-feed' };
  const hosts = { list: 'tin-list', feed: 'tin-feed', baseList: 'vanilla-list', baseFeed: 'vanilla-feed' };
  const out = Object.fromEntries(
    Object.keys(variants).map((k) => [k, { load: [], clicks: [], inp: [], ready: [], tasks: [] }]),
  );
  let supported = true;
  for (let round = 0; round < options.bigSamples; round++) {
    for (const [key, file] of Object.entries(variants)) {
      const { context, page, result } = await loadPage(browser, `${origin}/bench/pages/${file}.html`, {
        timeout: 60_000,
      });
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
        events: window.benchEvents.map((e) => ({
          name: e.name,
          start: e.startTime,
          duration: e.duration,
          id: e.interactionId,
        })),
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
    log(
      `d) ${variants[key]}: longest task (load) ${taskText(summarize(out[key].load).median)}, after clicks ${taskText(summarize(out[key].clicks).median)}, ready at ${fmt(summarize(out[key].ready).median)}`,
    );
  }
  // The same loads with the feed's real type, DevTools' decoding task included.
  server.setBigFeedType('application/feed+json; charset=utf-8');
  const instrumented = { list: [], baseList: [] };
  for (let round = 0; round < 3; round++) {
    for (const key of Object.keys(instrumented)) {
      const { context, page, result } = await loadPage(browser, `${origin}/bench/pages/${variants[key]}.html`, {
        timeout: 60_000,
      });
      const tasks = await page.evaluate(() =>
        window.benchLongTasks.map((t) => ({ start: t.startTime, duration: t.duration })),
      );
      await context.close();
      instrumented[key].push(Math.max(0, ...tasks.filter((t) => t.start < result.painted).map((t) => t.duration)));
    }
  }
  log(
    `d) with the JSON type (DevTools decoding included): longest task big-list ${taskText(summarize(instrumented.list).median)}, big-base-list ${taskText(summarize(instrumented.baseList).median)}`,
  );
  // And with the JSON type in a Chromium driven over a bare DevTools pipe (no Network domain).
  const bare = { list: [], baseList: [] };
  try {
    const raw = await launchRaw(options.chromePath);
    try {
      for (let round = 0; round < 3; round++) {
        for (const key of Object.keys(bare)) {
          const tasks = await withTimeout(
            raw.evaluateAfter(
              `${origin}/bench/pages/${variants[key]}.html`,
              3000,
              'window.benchLongTasks.map((t) => t.duration)',
            ),
            20_000,
            'bare-pipe load',
          );
          bare[key].push(Math.max(0, ...tasks));
        }
      }
    } finally {
      raw.close();
    }
    log(
      `d) with the JSON type, no DevTools Network domain: longest task big-list ${taskText(summarize(bare.list).median)}, big-base-list ${taskText(summarize(bare.baseList).median)}`,
    );
  } catch (error) {
    log('d) bare-pipe check failed:', error.message);
  }
  return { ...out, supported, instrumented, bare: bare.list.length ? bare : undefined };
}

export function rows(big) {
  const out = [];
  const absRow = (figure, lib, base) => {
    const s = summarize(lib);
    out.push({
      figure,
      lib: taskCell(lib),
      base: taskCell(base),
      ratio: taskRatio(lib, base),
      goal: '< 50 ms',
      met: big.supported ? (s.median < 50 ? (s.p90 < 50 ? 'yes' : 'median only') : '**no**') : 'n/a (no longtask API)',
    });
  };
  if (big) {
    absRow(
      'd1) 10,000-item feed, `<tin-list load-more>`: longest task during load + render (vanilla list for reference)',
      big.list.load,
      big.baseList.load,
    );
    absRow(
      'd2) same `<tin-list load-more>`: longest task over 3 × "Xem thêm" clicks',
      big.list.clicks,
      big.baseList.clicks,
    );
    absRow(
      'd3) 10,000-item feed, `<tin-feed>`: longest task during load + render (vanilla grid for reference)',
      big.feed.load,
      big.baseFeed.load,
    );
    absRow('d4) same `<tin-feed>`: longest task over 3 × "Xem thêm" clicks', big.feed.clicks, big.baseFeed.clicks);
  }
  return out;
}

export function notes(big, { options, server }) {
  return [
    `- d: ${options.bigSamples} cold loads per page of a 10,000-item JSON Feed (${(server.feedBody(10000, false).length / 1024 / 1024).toFixed(1)} MB); long tasks from a \`longtask\` PerformanceObserver (buffered, installed before any script). "Load + render" = tasks starting before the first item is painted; then "Xem thêm" is clicked 3 times (real clicks). Median of per-load maxima; "median only" = median under 50 ms but p90 not. The feed is served as \`application/octet-stream\`: with a text type, the DevTools Network agent that Playwright keeps enabled decodes the whole body on the main thread for its own records (not something a visitor's browser does); with \`application/feed+json\` (3 loads each) the longest load task is ${big?.instrumented ? `${taskText(summarize(big.instrumented.list).median)} for \`<tin-list>\` and ${taskText(summarize(big.instrumented.baseList).median)} for the vanilla list` : 'not measured'}; in a Chromium driven over a bare DevTools pipe (no Network domain, \`bench/lib/raw-cdp.mjs\`; 3 loads each, longest task in the first 3 s) it is ${big?.bare ? `${taskText(summarize(big.bare.list).median)} for \`<tin-list>\` and ${taskText(summarize(big.bare.baseList).median)} for the vanilla list` : 'not measured'}.`,
    big
      ? `- d, more: navigation → first item painted: \`<tin-list>\` ${fmt(summarize(big.list.ready).median)} vs vanilla ${fmt(summarize(big.baseList.ready).median)}, \`<tin-feed>\` ${fmt(summarize(big.feed.ready).median)} vs vanilla ${fmt(summarize(big.baseFeed.ready).median)}; worst "Xem thêm" click latency (Event Timing, input → next paint): \`<tin-list>\` ${fmt(summarize(big.list.inp).median)} vs ${fmt(summarize(big.baseList.inp).median)}, \`<tin-feed>\` ${fmt(summarize(big.feed.inp).median)} vs ${fmt(summarize(big.baseFeed.inp).median)} (medians; 0 = under the 16 ms reporting threshold).`
      : '',
  ];
}

export const profiles = [
  ...[
    ['d1)', 'big-list', 'd1) 10,000-item <tin-list load-more> page load'],
    ['d3)', 'big-feed', 'd3) 10,000-item <tin-feed> page load'],
  ].map(([prefix, file, title]) => ({
    prefix,
    label: title,
    title: `${title} (navigation → first item painted, 2 loads)`,
    run: ({ browser, origin }) => profileLoad(browser, `${origin}/bench/pages/${file}.html`, 2),
  })),
  ...[
    ['d2)', 'big-list', 'tin-list', 'd2) "Xem thêm" on the 10,000-item <tin-list>'],
    ['d4)', 'big-feed', 'tin-feed', 'd4) "Xem thêm" on the 10,000-item <tin-feed>'],
  ].map(([prefix, file, host, title]) => ({
    prefix,
    label: title,
    title: `${title} (per click, 6 clicks)`,
    run: ({ browser, origin }) => profileClicks(browser, `${origin}/bench/pages/${file}.html`, host),
  })),
];
