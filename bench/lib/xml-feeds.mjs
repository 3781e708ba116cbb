// Figure h's feeds: 10,000 items each as JSON Feed (the reference), RSS 2.0, Atom, RSS whose items
// need repairXml's entity table, and RSS with 4,000 undeclared namespace prefixes (repairXml
// declares them). Built on demand: each is several MB.
export const XML_ITEMS = 10_000;

const body = (i) => `Tin số ${i} về hoạt động của UBND tỉnh, ${'nội dung dài '.repeat(40)}`;
const rssItem = (i, extra = '') =>
  `<item><title>Bản tin ${i}</title><link>https://tinh.gov.vn/tin/${i}.html</link><guid>${i}</guid>` +
  `<pubDate>Fri, 20 Nov 2026 09:00:00 +0700</pubDate><description><![CDATA[<p>${body(i)}</p>]]></description>${extra}</item>`;
const each = (make) => Array.from({ length: XML_ITEMS }, (_, i) => make(i)).join('');
const rss = (title, make) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title>${each(make)}</channel></rss>`;

/** [id, label, build] in the order of the table. */
export const XML_FEEDS = [
  [
    'json',
    'JSON Feed (reference)',
    () =>
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Tin',
        items: Array.from({ length: XML_ITEMS }, (_, i) => ({
          id: String(i),
          title: `Bản tin ${i}`,
          url: `https://tinh.gov.vn/tin/${i}.html`,
          date_published: '2026-11-20T09:00:00+07:00',
          content_html: `<p>${body(i)}</p>`,
        })),
      }),
  ],
  ['rss', 'RSS 2.0', () => rss('Tin', (i) => rssItem(i))],
  [
    'atom',
    'Atom',
    () =>
      `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Tin</title>${each(
        (i) =>
          `<entry><id>${i}</id><title>Bản tin ${i}</title><link href="https://tinh.gov.vn/tin/${i}.html"/><updated>2026-11-20T09:00:00+07:00</updated><summary>${body(i)}</summary></entry>`,
      )}</feed>`,
  ],
  [
    'rss-entities',
    'RSS 2.0 with HTML entities in every item (`&nbsp;`, `&ndash;`, a bare `&`: repairXml)',
    () => rss('Tin &amp; sự kiện', (i) => rssItem(i, `<category>Thời sự &nbsp; &ndash; A&B</category>`)),
  ],
  [
    'rss-prefixes',
    'RSS 2.0 with 4,000 undeclared namespace prefixes (repairXml declares them)',
    () => rss('Tin', (i) => rssItem(i, i < 4000 ? `<p${i}:tag>x</p${i}:tag>` : '')),
  ],
];
