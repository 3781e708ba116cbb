// Figure e: cumulative layout shift of the built demo (npm run build:demo) over cold loads, with
// the nodes that shift most and, for the worst load, what the first <tin-card> showed frame by frame.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { VIEWPORT } from '../lib/browser.mjs';
import { log } from '../lib/log.mjs';
import { cell } from '../lib/format.mjs';
import { summarize } from '../lib/stats.mjs';

export const letters = ['e'];

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

export async function measure({ browser, origin, root, options }) {
  if (!existsSync(join(root, 'demo/feed.json')))
    return { skipped: 'demo/feed.json does not exist yet (another helper is writing it)' };
  const builtDemo = () => ['dist-demo/demo/index.html', 'dist-demo/index.html'].find((f) => existsSync(join(root, f)));
  // Always rebuilt: a dist-demo/ left by an earlier build would measure older code.
  {
    log('e) building the static demo (npm run build:demo)…');
    try {
      execSync('npm run build:demo', { cwd: root, stdio: 'pipe' });
    } catch (error) {
      return {
        skipped: `npm run build:demo failed: ${
          String(error.stderr ?? error.message)
            .split('\n')
            .find((l) => l.trim()) ?? ''
        }`,
      };
    }
  }
  const demoPath = builtDemo();
  if (!demoPath) return { skipped: 'npm run build:demo produced no index.html in dist-demo/' };
  const dir = demoPath.slice(0, demoPath.lastIndexOf('/') + 1);
  // The main figure (index at 1280 px, every sample), then every demo page at a phone's and a
  // desktop's width, fewer samples each: the grid page is `searchable`, the deep link opens an
  // article in the grid's place.
  const main = await loadsOf(browser, `${origin}/${demoPath}`, VIEWPORT, options.clsSamples);
  const perPage = [];
  for (const [label, path] of PAGES)
    for (const width of WIDTHS)
      perPage.push({
        label,
        path: `${dir}${path}`,
        width,
        ...(await loadsOf(browser, `${origin}/${dir}${path}`, { width, height: 800 }, PAGE_SAMPLES)),
      });
  return { ...main, demoPath, perPage };
}

/** The demo pages measured at each width: [label, path relative to the demo's directory]. */
const PAGES = [
  ['index', 'index.html'],
  ['feed (`searchable`)', 'feed.html'],
  ['deep-linked article', 'feed.html#tin=tin-2026-11-23-01'],
];
const WIDTHS = [375, 1280];
const PAGE_SAMPLES = 3;

/** `samples` cold loads of `url` in a `viewport`: CLS of each, the nodes that shift, the worst load. */
async function loadsOf(browser, url, viewport, samples) {
  const values = [];
  const sources = new Map();
  let rendered;
  let worst;
  for (let i = 0; i < samples; i++) {
    const context = await browser.newContext({ viewport });
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
        const state = !card
          ? undefined
          : !customElements.get('tin-card') || !root
            ? 'not defined yet'
            : root.querySelector('.skeleton')
              ? 'skeleton'
              : root.querySelector('a[part~="link"]')
                ? 'loaded'
                : root.querySelector('.state-error')
                  ? 'error box'
                  : 'empty';
        if (state) {
          const height = Math.round(card.getBoundingClientRect().height);
          const last = window.benchCardStates.at(-1);
          if (!last || last.state !== state || last.height !== height)
            window.benchCardStates.push({ state, height, at: Math.round(performance.now()) });
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
              const name = n
                ? `${n.nodeName.toLowerCase()}${n.className && typeof n.className === 'string' ? `.${n.className.trim().split(/\s+/).join('.')}` : ''}`
                : '?';
              return host ? `${host.localName} › ${name}` : name;
            }),
            moves: (e.sources ?? []).map((s) => ({
              node: s.node
                ? `${s.node.nodeName.toLowerCase()}${s.node.className && typeof s.node.className === 'string' ? `.${s.node.className.trim().split(/\s+/)[0]}` : ''}`
                : '?',
              from: [Math.round(s.previousRect.y), Math.round(s.previousRect.height)],
              to: [Math.round(s.currentRect.y), Math.round(s.currentRect.height)],
            })),
          });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const failed = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${new URL(r.url()).pathname}`));
    await page.goto(url, { waitUntil: 'load' });
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
      const count = (sel) =>
        [...document.querySelectorAll(sel)].filter((el) => el.shadowRoot?.querySelector('a[part~="link"], h1')).length;
      // A <tin-feed> counts once it shows its cards or its open article.
      const feeds = [...document.querySelectorAll('tin-feed')].filter((el) =>
        el.shadowRoot?.querySelector('tin-card, tin-article'),
      ).length;
      return { cards: count('tin-card'), lists: count('tin-list'), articles: count('tin-article'), feeds, failed: [] };
    });
    rendered.failed = failed;
    if (failed.length) log(`e) failed requests: ${failed.join(', ')}`);
    await context.close();
    values.push(clsOf(shifts));
    for (const s of shifts) for (const src of s.sources) sources.set(src, (sources.get(src) ?? 0) + s.value / samples);
  }
  const top = [...sources.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5);
  log(
    `e) ${url} at ${viewport.width} px: CLS median ${summarize(values).median.toFixed(3)}, max ${Math.max(...values).toFixed(3)}; rendered ${JSON.stringify(rendered)}`,
  );
  if (worst)
    log(`e) first <tin-card>: ${worst.cardStates.map((c) => `${c.state} ${c.height}px@${c.at}ms`).join(' → ')}`);
  if (worst)
    log(
      `e) largest shift ${worst.value.toFixed(3)} at ${worst.start.toFixed(0)} ms (first paint ${worst.fcp?.toFixed(0)} ms, <tin-card> defined ${worst.defined?.toFixed(0)} ms): ${worst.moves.map((m) => `${m.node} y ${m.from[0]}→${m.to[0]} h ${m.from[1]}→${m.to[1]}`).join('; ')}`,
    );
  return { values, top, rendered, worst };
}

export function rows(cls) {
  if (!cls) return []; // not run
  if (cls.skipped)
    return [
      {
        figure: 'e) CLS of /demo/index.html after 3 s',
        lib: `skipped: ${cls.skipped}`,
        base: '—',
        ratio: '—',
        goal: '< 0.1',
        met: '—',
      },
    ];
  const s = summarize(cls.values);
  // Core Web Vitals judge CLS at the 75th percentile of page loads.
  return [
    {
      figure: `e) CLS of the built demo (\`${cls.demoPath}\`) after 3 s; p75 of loads = ${s.q3.toFixed(3)}`,
      lib: cell(s, ''),
      base: '—',
      ratio: '—',
      goal: '< 0.1 at p75',
      met: s.q3 < 0.1 ? 'yes' : '**no**',
    },
    ...cls.perPage.map((p) => {
      const worst = Math.max(...p.values);
      return {
        figure: `e) CLS of the built demo's ${p.label} (\`${p.path}\`) at ${p.width} px after 3 s, worst of ${p.values.length} loads`,
        lib: worst.toFixed(3),
        base: '—',
        ratio: '—',
        goal: '0.000 (issue 17)',
        met: worst < 0.0005 ? 'yes' : '**no**',
      };
    }),
  ];
}

export function notes(cls, { options }) {
  const note = !cls
    ? 'e) not run.'
    : cls.skipped
      ? `e) skipped — ${cls.skipped}.`
      : `e) ${options.clsSamples} cold loads of \`${cls.demoPath}\` (\`npm run build:demo\` output; feed.json and images served from demo/; 1280×800; after 3 s ${cls.rendered.cards} cards, ${cls.rendered.lists} list and ${cls.rendered.articles} article showed content), CLS = largest session window of \`layout-shift\` entries (buffered observer installed before any script); biggest shifting nodes: ${cls.top.map(([n, v]) => `${n} (${v.toFixed(3)})`).join(', ') || 'none'}.${cls.worst ? ` Largest single shift: ${cls.worst.value.toFixed(3)} at ${cls.worst.start.toFixed(0)} ms after navigation (first contentful paint ${cls.worst.fcp?.toFixed(0) ?? '?'} ms; \`<tin-card>\` defined at ${cls.worst.defined?.toFixed(0) ?? '?'} ms) — ${cls.worst.moves.map((m) => `${m.node} y ${m.from[0]}→${m.to[0]} px, height ${m.from[1]}→${m.to[1]} px`).join('; ')} (y 0/height 0 = pushed out of the 800 px viewport). The first \`<tin-card>\` in that load, frame by frame: ${cls.worst.cardStates.map((c) => `${c.state} ${c.height} px at ${c.at} ms`).join(' → ')}.` : ''} Loads with CLS ≥ 0.1: ${cls.values.filter((v) => v >= 0.1).length} of ${cls.values.length}.`;
  const pages = cls?.perPage
    ?.map(
      (p) =>
        `${p.label} at ${p.width} px: ${p.values.map((v) => v.toFixed(3)).join(', ')}${p.top.length ? ` (shifting: ${p.top.map(([n, v]) => `${n} ${v.toFixed(3)}`).join(', ')})` : ''}`,
    )
    .join('; ');
  return [
    `- ${note}`,
    ...(pages
      ? [
          `- e, every demo page: ${PAGE_SAMPLES} cold loads each of \`index.html\`, \`feed.html\` (a \`<tin-feed searchable>\`) and \`feed.html#tin=…\` (an article deep-linked in the grid's place), at 375×800 and 1280×800, the same \`layout-shift\` observer; CLS per load: ${pages}.`,
        ]
      : []),
  ];
}
