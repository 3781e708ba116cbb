// Figure c: cold page loads of a 20-item <tin-feed> page against the vanilla page, navigation →
// first card painted; taken twice, the feed answering at once (as localhost does) and after a
// portal CMS's think time. The first take also loads the Lit floor's page (bench/pages/lit-floor.js:
// the baseline's grid in plain Lit), the part of c1/c2 that any Lit element pays.
import { loadPage } from '../lib/browser.mjs';
import { cell, floorRow, fmt, ratioCell, ratioOf, ratioRow } from '../lib/format.mjs';
import { log } from '../lib/log.mjs';
import { profileLoad } from '../lib/profile-capture.mjs';
import { summarize } from '../lib/stats.mjs';

// Server think time for the second take of figure c: a portal's CMS answering a feed request.
const FEED_DELAY = 100;

export const letters = ['c'];

/** One take; `delay` ms of server think time before the feed answers (0 = at once, as localhost does). */
async function firstCardFigure(browser, server, samples, delay = 0, kinds = ['lib', 'base']) {
  const origin = server.origin;
  server.setFeedDelay(delay);
  const perKind = () => Object.fromEntries(kinds.map((kind) => [kind, []]));
  const nav = perKind();
  const fromResponse = perKind();
  const requestStart = perKind();
  const warmup = 1;
  for (let round = 0; round < warmup + samples; round++) {
    const order = round % 2 ? [...kinds].reverse() : kinds;
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
  log(
    `c) first card painted (feed after ${delay} ms): library ${fmt(summarize(nav.lib).median)}, baseline ${fmt(summarize(nav.base).median)}${nav.lit ? `, Lit floor ${fmt(summarize(nav.lit).median)}` : ''}`,
  );
  return { nav, fromResponse, requestStart, delay };
}

export async function measure({ browser, server, options }) {
  const paint = await firstCardFigure(browser, server, options.loadSamples, 0, ['lib', 'base', 'lit']);
  const paintSlow = await firstCardFigure(browser, server, options.loadSamples, FEED_DELAY);
  return { paint, paintSlow };
}

export function rows(result) {
  const out = [];
  const { paint, paintSlow } = result ?? {};
  if (paint) {
    const r = ratioOf(paint.requestStart.lib, paint.requestStart.base);
    out.push({
      figure: 'c0) same pages: navigation start → feed request sent (how late the element asks for the feed)',
      lib: cell(summarize(paint.requestStart.lib)),
      base: cell(summarize(paint.requestStart.base)),
      ratio: ratioCell(r),
      goal: '—',
      met: '—',
    });
  }
  if (paint)
    out.push(
      ratioRow(
        'c1) 20-item `<tin-feed>` page, cold load: navigation start → first card title link + next frame painted',
        paint.nav,
        1.0,
      ),
    );
  if (paint?.nav.lit) out.push(floorRow('c1', paint.nav));
  if (paint) out.push(ratioRow('c2) same pages: feed response end → first card painted', paint.fromResponse, 1.0));
  if (paint?.fromResponse.lit) out.push(floorRow('c2', paint.fromResponse));
  if (paintSlow)
    out.push(
      ratioRow(
        `c3) as c1, the feed answering after ${FEED_DELAY} ms of server time: navigation start → first card painted`,
        paintSlow.nav,
      ),
    );
  if (paintSlow) out.push(ratioRow('c4) same pages: feed response end → first card painted', paintSlow.fromResponse));
  return out;
}

export function notes(result, { options }) {
  return [
    `- c: ${options.loadSamples} cold page loads per variant (new browser context each, alternating, 1 warm-up round): \`paint-lib.html\` loads \`dist/cdn/tin-widgets.js\` (which loads \`<tin-feed>\` on demand) with \`<tin-feed src limit=20>\`; \`paint-base.html\` loads \`baseline.js\`, which fetches the same JSON and builds the same grid. For c1/c2, \`paint-lit.html\` also loads the Lit floor (\`lit-floor.js\`, minified, with the baseline module it imports) with \`<lit-feed src limit=20>\`. Time = \`performance.now()\` (ms since navigation start) at the first frame after the first card's title link exists (rAF, then a message posted from it). c2 subtracts the feed's Resource Timing \`responseEnd\`. From localhost the feed answers about 5 ms after it is asked for; meanwhile the library holds the grid's place (blank cards of the final size, so nothing shifts when the articles arrive; its skeleton shows only after 200 ms of loading; the baseline shows nothing while loading). c3/c4 repeat the loads with the server answering the feed after ${FEED_DELAY} ms, as a portal's CMS does: still under the skeleton's delay, so neither side draws a skeleton.`,
  ];
}

export const profiles = [
  {
    prefix: 'c',
    label: 'c) first-card page load',
    title: 'c) 20-item <tin-feed> page load (navigation → first card painted, 3 loads)',
    run: ({ browser, origin }) => profileLoad(browser, `${origin}/bench/pages/paint-lib.html`, 3),
  },
];
