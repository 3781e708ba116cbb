// Figures a and b: in-page render timings, library against the vanilla baseline, after checking
// that both build the same DOM. a = a 1,000-item <tin-list>; b1–b3 = 100 cards three ways, each
// also taken for the Lit floor (the baseline written in plain Lit, bench/pages/lit-floor.js).
import { interleaved, openRenderPage, withTimeout } from '../lib/browser.mjs';
import { floorRow, ratioCell, ratioOf, ratioRow } from '../lib/format.mjs';
import { log } from '../lib/log.mjs';
import { profileRender } from '../lib/profile-capture.mjs';

const WITH_FLOOR = ['lib', 'base', 'lit'];
const RUNS = [
  ['a', 'list', 'a) 1,000-item list'],
  ['b2', 'cards', 'b2) 100 × tin-card', WITH_FLOOR],
  ['b1', 'feed', 'b1) tin-feed src, 100 cards', WITH_FLOOR],
  ['b3', 'feedCached', 'b3) tin-feed, feed in memory, 100 cards', WITH_FLOOR],
];

export const letters = ['a', 'b'];

export async function measure({ browser, origin, want, options }) {
  const results = {};
  let page = await openRenderPage(browser, origin);
  const checks = await withTimeout(
    page.evaluate(() => window.bench.verify()),
    60_000,
    'markup check',
  );
  await page.context().close();
  for (const check of checks) {
    log(
      `markup check ${check.name}: ${check.same ? `identical (${check.nodes} lines of structure + rendered text)` : 'DIFFERENT'}`,
    );
    if (!check.same) log('  first difference:', JSON.stringify(check.diff ?? check.text));
  }
  results.checks = checks;

  for (const [key, method, label, kinds] of RUNS) {
    if (!want(key[0])) continue;
    page = await openRenderPage(browser, origin);
    results[key] = await interleaved((kind) => page.evaluate(([m, k]) => window.bench[m](k), [method, kind]), {
      samples: options.samples,
      warmup: options.warmup,
      label,
      kinds,
    });
    await page.context().close();
  }
  return results;
}

const FIGURES = [
  ['a', 'a) Render 1,000-item `<tin-list>` (`.feed`, `limit=1000`): create → `updateComplete` + forced layout', 1.1],
  ['b1', 'b1) 100-card `<tin-feed src>` (fresh URL: fetch + parse + render) → all cards rendered + forced layout', 1.0],
  [
    'b3',
    'b3) 100-card `<tin-feed>` grid, feed already in memory (no loading state): create → all cards rendered + forced layout',
    1.1,
  ],
  ['b2', 'b2) 100 × `<tin-card>` with `.article` in a grid → all `updateComplete` + forced layout', 1.1],
];

export function rows(render) {
  const out = [];
  for (const [key, figure, goal] of FIGURES) {
    if (!render?.[key]) continue;
    out.push(ratioRow(figure, render[key], goal));
    if (render[key].lit) out.push(floorRow(key, render[key]));
  }
  return out;
}

export function notes(render, { options }) {
  const checks = (render?.checks ?? []).map((c) => `${c.name}: ${c.same ? 'identical' : '**differs**'}`).join('; ');
  const overFloor = ['b1', 'b2', 'b3']
    .filter((key) => render?.[key]?.lit)
    .map((key) => `${key} ${ratioCell(ratioOf(render[key].lib, render[key].lit))}`)
    .join('; ');
  return [
    `- Baseline = \`bench/pages/baseline.js\`: hand-written vanilla custom elements building the same shadow-DOM markup with \`createElement\` (same heading, \`ul/li/a/time\`, card \`article\`/image/title/date/summary, grid), adopting the same stylesheet text (copied at run time from the library elements' \`adoptedStyleSheets\`), dates formatted in Asia/Ho_Chi_Minh with \`Intl.DateTimeFormat\`. Before timing, the harness compares the library's and the baseline's DOM (elements, attributes, text, shadow roots, rendered \`innerText\`): ${checks}.`,
    `- a, b: ${options.samples} samples per variant after ${options.warmup} warm-up rounds, library and baseline alternating (order flipped each round), fresh container per sample, \`gc()\` and two frames between samples; timed inside the page with \`performance.now()\`/\`performance.measure\` from \`createElement\` to \`updateComplete\` (all cards' for b) plus \`getBoundingClientRect()\`. The 1,000- and 100-item feeds are parsed by the library once (its own \`Feed\` model) and given to both. b1 gives both a fresh \`src\` URL per sample, so each sample includes fetch + parse from the local server, and for the library the place it holds while loading (12 blank cards of the final size, one static template each; the skeleton only after 200 ms, which the local server never takes; the baseline shows nothing while loading). b3 renders the grid from a feed already in memory (the library's cache, the baseline's property), so no loading state is involved.`,
    ...(overFloor
      ? [
          `- Lit floor (rows "b…, Lit floor)") = \`bench/pages/lit-floor.js\`: the baseline's card and grid written as plain \`LitElement\` elements (one template each, \`repeat\` over the cards, \`@click\` on the link), using the baseline's own feed loading, dates and stylesheets and bundled with the library's \`lit\` (minified); its markup is checked against the baseline's like the library's. Issue 17 keeps Lit, so the floor's ratio is the part of each b ratio that Lit itself costs over hand-written DOM calls; a goal below it cannot be met by an element rendered with Lit. What the library costs over the floor (library ÷ Lit floor, median of paired rounds, p10–p90): ${overFloor}.`,
        ]
      : []),
  ];
}

/** Profiled when their row misses its goal (or with BENCH_PROFILE=all), in this order. */
export const profiles = [
  ['a)', 'list', 'a) 1,000-item <tin-list>'],
  ['b2)', 'cards', 'b2) 100 × <tin-card>'],
  ['b1)', 'feed', 'b1) <tin-feed src>, 100 cards'],
  ['b3)', 'feedCached', 'b3) <tin-feed>, feed in memory, 100 cards'],
].map(([prefix, method, title]) => ({
  prefix,
  label: title,
  title,
  run: ({ browser, origin }) => profileRender(browser, origin, method),
}));
