// Feeds for figure g (content fidelity): a JSON Feed and an RSS 2.0 feed of 20 items in which
// every field is about 100,000 characters of the shapes that made the old backtracking patterns
// run for seconds (the same shapes as test/feed/linear-time.test.ts), plus the RSS feed with one
// raw unclosed CDATA section, which is not XML: the parse, repair and error path.
//
// Shapes rotate over the items, so every field meets each shape meant for it. URLs point at the
// bench server's origin (images 404 there at once), never at another host.

const N = 100_000;

/** The shapes, by the field family they were written for; each is ~N characters. */
const SHAPES = {
  // Titles: "<a" + spaces + "x>" (closed and unclosed), "<a " repeated, untitled (''): the
  // untitled items' descriptions carry the twelfth-word run of commas.
  title: [`Tin <a${' '.repeat(N)}x>mới`, `Tin <a${' '.repeat(N)}`, `<a ${'<a '.repeat(N / 3)}`, ''],
  // Descriptions / summaries.
  summary: [
    '<a'.repeat(N / 2),
    '<!--'.repeat(N / 4),
    '&amp;'.repeat(N / 5),
    `${'từ '.repeat(11)}${','.repeat(N)}x ${'thêm '.repeat(3)}`,
  ],
  // Bodies (content_html, content:encoded): raw-text elements, unclosed quotes, end tags, CDATA text.
  html: [
    '<style>'.repeat(N / 7),
    `<a title="${'x'.repeat(N)}`,
    `<script>${'</'.repeat(N / 2)}`,
    `<style>${'</a '.repeat(N / 4)}>`,
    '<![CDATA['.repeat(N / 9),
    '<a'.repeat(N / 2),
  ],
  // The "Name <email>" / "email (Name)" author patterns.
  author: ['<@'.repeat(N / 2), `a@b ${'('.repeat(N)}`, `a@${'b'.repeat(N)}`],
  text: [`a${' \n'.repeat(N / 2)}b`, `a${' '.repeat(N)}b`],
  language: [`vi${'-a'.repeat(N / 2)}`, `vi${'-a'.repeat(N / 2)}!`],
  date: [`Mon, ${' '.repeat(N)}x`, `2026-01-01T00:00:00.${'1'.repeat(N)}x`, '1'.repeat(N)],
  tag: [`Tin <a${' '.repeat(N)}`, '&amp;'.repeat(N / 5), 'Hà Nội '.repeat(N / 7)],
  // URL paths: dots (file-type labels), "a." runs, commas (srcset), an unclosed parenthesis.
  path: ['.'.repeat(N) + 'x', 'a.'.repeat(N / 2) + '?', ','.repeat(N) + '.jpg', `a.jpg (${'x'.repeat(N)}`],
};

const pick = (family, i) => SHAPES[family][i % SHAPES[family].length];
const url = (origin, i, offset = 0) => `${origin}/__bench/crafted/${pick('path', i + offset)}`;

const ITEMS = 20;

/** JSON Feed 1.1, every field crafted. */
export function craftedJsonFeed(origin) {
  const items = Array.from({ length: ITEMS }, (_, i) => {
    const title = pick('title', i);
    return {
      id: `crafted-${i}-${'x'.repeat(N)}`,
      url: url(origin, i),
      external_url: url(origin, i, 1),
      ...(title ? { title } : {}),
      summary: pick('summary', i),
      content_html: pick('html', i),
      content_text: pick('text', i),
      image: url(origin, i, 2),
      banner_image: url(origin, i, 3),
      date_published: pick('date', i),
      date_modified: pick('date', i + 1),
      authors: [{ name: pick('author', i), url: url(origin, i, 1), avatar: url(origin, i, 2) }],
      tags: [pick('tag', i), pick('tag', i + 1)],
      language: pick('language', i),
      attachments: [
        {
          url: url(origin, i, 1),
          mime_type: 'application/pdf',
          title: pick('title', i + 1) || pick('tag', i),
          size_in_bytes: 1,
        },
      ],
    };
  });
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: pick('title', 0),
    description: pick('summary', 0),
    home_page_url: url(origin, 0),
    language: pick('language', 0),
    icon: url(origin, 2),
    favicon: url(origin, 3),
    authors: [{ name: pick('author', 0) }],
    items,
  });
}

const xml = (text) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * RSS 2.0 behind a prolog of `<!---->` comments, every field crafted (as escaped text). With
 * `broken`, one item's description holds a raw unclosed `<![CDATA[` run: not well-formed XML.
 */
export function craftedRssFeed(origin, { broken = false } = {}) {
  const items = Array.from({ length: ITEMS }, (_, i) => {
    const title = pick('title', i);
    const description = broken && i === ITEMS - 1 ? '<![CDATA['.repeat(N / 9) : xml(pick('summary', i));
    return [
      '<item>',
      title ? `<title>${xml(title)}</title>` : '',
      `<link>${xml(url(origin, i))}</link>`,
      `<guid isPermaLink="false">crafted-${i}-${'-'.repeat(N)}</guid>`,
      `<description>${description}</description>`,
      `<content:encoded>${xml(pick('html', i))}</content:encoded>`,
      `<author>${xml(pick('author', i))}</author>`,
      `<dc:creator>${xml(pick('author', i + 1))}</dc:creator>`,
      `<category>${xml(pick('tag', i))}</category>`,
      `<category>${xml(pick('tag', i + 1))}</category>`,
      `<pubDate>${xml(pick('date', i))}</pubDate>`,
      `<dc:date>${xml(pick('date', i + 1))}</dc:date>`,
      `<language>${xml(pick('language', i))}</language>`,
      `<enclosure url="${xml(url(origin, i, 1))}" type="application/pdf" length="1" title="${xml(pick('title', i + 1) || pick('tag', i))}"/>`,
      `<enclosure url="${xml(url(origin, i, 2))}" type="image/jpeg"/>`,
      `<media:content url="${xml(url(origin, i, 3))}" medium="image"/>`,
      '</item>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<!---->'.repeat(N / 7),
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
    '<channel>',
    `<title>${xml(pick('title', 0))}</title>`,
    `<link>${xml(url(origin, 0))}</link>`,
    `<description>${xml(pick('summary', 0))}</description>`,
    `<language>${xml(pick('language', 0))}</language>`,
    `<managingEditor>${xml(pick('author', 0))}</managingEditor>`,
    `<image><url>${xml(url(origin, 2))}</url></image>`,
    ...items,
    '</channel>',
    '</rss>',
  ].join('\n');
}

/** The feeds figure g loads, by the name in their URL (/__bench/crafted-<name>). */
export const CRAFTED = {
  json: (origin) => craftedJsonFeed(origin),
  rss: (origin) => craftedRssFeed(origin),
  'rss-broken': (origin) => craftedRssFeed(origin, { broken: true }),
};
