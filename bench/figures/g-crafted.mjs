// Figure g (content fidelity): feeds whose every field is ~100,000 crafted characters, the worst
// cases of the old backtracking patterns (bench/lib/crafted-feed.mjs), loaded into <tin-list> and
// <tin-feed>: the longest main-thread task from navigation until the items (or the error box) are
// painted and one more second has passed, and what the element showed.
import { loadPage } from '../lib/browser.mjs';
import { fmt, taskText } from '../lib/format.mjs';
import { log } from '../lib/log.mjs';
import { profileLoad } from '../lib/profile-capture.mjs';
import { longestBusyStretch } from '../lib/profile.mjs';
import { summarize } from '../lib/stats.mjs';

export const letters = ['g'];

const GOAL = 200;
const TIMEOUT = 180_000;
const FEEDS = [
  ['json', 'JSON Feed'],
  ['rss', 'RSS 2.0'],
  ['rss-broken', 'RSS 2.0 with one raw unclosed `<![CDATA[` run (not XML)'],
];
const ELEMENTS = [
  ['tin-list', '`<tin-list limit=20>`'],
  ['tin-feed', '`<tin-feed limit=20>` grid'],
];
const VARIANTS = FEEDS.flatMap(([feed, feedLabel], f) =>
  ELEMENTS.map(([el, elLabel], e) => ({ id: `g${f * ELEMENTS.length + e + 1}`, feed, el, feedLabel, elLabel })),
);
const pageUrl = (origin, { feed, el }) => `${origin}/bench/pages/crafted.html?feed=${feed}&el=${el}`;

export async function measure({ browser, server, origin, options }) {
  const sizes = Object.fromEntries(FEEDS.map(([feed]) => [feed, server.craftedBody(feed).length]));
  const out = {};
  let supported = true;
  for (const variant of VARIANTS) {
    const runs = [];
    for (let i = 0; i < options.craftedSamples; i++) {
      const { context, page, result } = await loadPage(browser, pageUrl(origin, variant), { timeout: TIMEOUT });
      await page.waitForTimeout(1000);
      const { tasks, ok } = await page.evaluate(() => ({
        ok: PerformanceObserver.supportedEntryTypes.includes('longtask'),
        tasks: window.benchLongTasks.map((t) => t.duration),
      }));
      supported &&= ok;
      await context.close();
      runs.push({
        longest: Math.max(0, ...tasks),
        count: tasks.length,
        painted: result.painted,
        outcome: result.outcome,
        shown: result.shown,
        items: result.items,
        message: result.message,
      });
    }
    const longest = runs.map((r) => r.longest);
    out[variant.id] = { ...variant, runs, longest };
    const first = runs[0];
    log(
      `g) ${variant.feed} in <${variant.el}>: longest task ${taskText(summarize(longest).median)} (max ${taskText(Math.max(...longest))}), ${first.count} long tasks, ${first.outcome}${first.outcome === 'rendered' ? ` ${first.shown} of ${first.items} items` : `: ${first.message}`}, painted at ${fmt(first.painted)}`,
    );
  }
  return { variants: out, sizes, supported };
}

function shownText(runs) {
  const outcomes = [
    ...new Set(runs.map((r) => (r.outcome === 'rendered' ? `${r.shown} of ${r.items} items shown` : r.outcome))),
  ];
  return outcomes.join(' / ');
}

export function rows(result) {
  if (!result) return [];
  return Object.values(result.variants).map((v) => {
    const s = summarize(v.longest);
    const lib = `${taskText(s.median)}${s.max > s.median ? ` (max ${taskText(s.max)})` : ''}; ${shownText(v.runs)}; painted at ${fmt(summarize(v.runs.map((r) => r.painted)).median)}`;
    return {
      figure: `${v.id}) ${v.feedLabel}, 20 items, every field ~100,000 crafted characters, in ${v.elLabel}: longest task from navigation to items (or error box) painted + 1 s`,
      lib,
      base: '—',
      ratio: '—',
      goal: `< ${GOAL} ms`,
      met: result.supported ? (s.median < GOAL ? 'yes' : '**no**') : 'n/a (no longtask API)',
    };
  });
}

export function notes(result, { options }) {
  const mb = (feed) => (result ? `${(result.sizes[feed] / 1024 / 1024).toFixed(1)} MB` : '?');
  return [
    `- g: what a feed of hostile text costs the page (content-fidelity issue). \`bench/lib/crafted-feed.mjs\` builds a JSON Feed (${mb('json')}) and an RSS 2.0 feed (${mb('rss')}) of 20 items whose every field (id/guid, title, summary/description, content_html/content:encoded, content_text, url, image, banner, enclosure/attachment url and title, author, tags/categories, dates, language; the feed's own title, description, language, authors, icon) is ~100,000 characters of the shapes that made the old backtracking patterns run for seconds (\`"<@"\` runs, \`"<a"\` + spaces + \`"x>"\`, \`"<a"\` runs, \`"<!---->"\` runs before the RSS root, \`"<![CDATA["\` runs, \`"<style>"\` runs, a 12th word of 100,000 commas in an untitled item, \`" \\n"\` runs, \`"vi-a-a…"\`, \`"Mon, "\` + spaces…; as in \`test/feed/linear-time.test.ts\`), plus the RSS feed with one raw unclosed \`<![CDATA[\` run, which is not XML (the parse, repair and error path). \`bench/pages/crafted.html\` loads each into the element (\`dist/cdn/tin-widgets.js\`), served as \`application/octet-stream\` (see d); ${options.craftedSamples} cold loads each; longest task from the \`longtask\` observer (tasks under 50 ms are not reported: "no task ≥ 50 ms"), median of loads with the maximum in brackets; "shown" = list items or cards with a title link.`,
  ];
}

/** Where the longest task goes: one profiled load, cut to its longest stretch without an idle sample. */
export const profiles = VARIANTS.map((v) => ({
  prefix: `${v.id})`,
  label: `${v.id}) crafted ${v.feed} feed in <${v.el}>`,
  title: `${v.id}) ${v.feedLabel.replace(/`/g, '')}, every field 100,000 crafted characters, in <${v.el}>: the longest stretch of one load with no idle sample (≈ its longest task; "library" = that stretch)`,
  run: async ({ browser, origin }) => {
    const { profile } = await profileLoad(browser, pageUrl(origin, v), 1, { timeout: TIMEOUT });
    const stretch = longestBusyStretch(profile);
    return { profile: stretch.profile, runs: 1, timed: stretch.ms };
  },
}));
