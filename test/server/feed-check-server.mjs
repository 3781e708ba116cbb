// Feeds for the demo's feed check (test/demo/feed-check.test.ts), served by the test runner:
// /__feeds/<name> answers with a feed that has the fault the name says, and /__feeds/proxy a
// stand-in for a portal's own proxy (test-only: it fetches only this server's own feeds).
import { gzipSync } from 'node:zlib';

const json = (items, extra = {}) =>
  JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Tin thử nghiệm', ...extra, items });

const item = (n, extra = {}) => ({
  id: `tin-${n}`,
  url: `https://tinh.example.gov.vn/tin/${n}.html`,
  title: `Bản tin số ${n}`,
  image: `https://tinh.example.gov.vn/anh/${n}.jpg`,
  date_published: `2026-11-2${n}T09:03:00+07:00`,
  ...extra,
});

const rss = (items, version = '2.0') =>
  `<?xml version="1.0" encoding="utf-8"?>\n<rss version="${version}"><channel><title>Tin RSS</title><link>https://tinh.example.gov.vn/</link>${items}</channel></rss>`;

const FEEDS = {
  // Everything right: compressed, validators, caching, CORS for any site.
  good: () => ({
    type: 'application/feed+json',
    body: json([1, 2, 3].map((n) => item(n))),
    gzip: true,
    headers: {
      ETag: '"good-v1"',
      'Last-Modified': 'Fri, 20 Nov 2026 02:03:00 GMT',
      'Cache-Control': 'public, max-age=300',
      'Access-Control-Allow-Origin': '*',
    },
  }),
  // Dates as many Vietnamese CMSs write them: no zone.
  zoneless: () => ({
    type: 'application/rss+xml',
    body: rss(
      '<item><guid>a</guid><title>Tin có giờ không múi</title><pubDate>Fri, 20 Nov 2026 09:03:00</pubDate><enclosure url="https://tinh.example.gov.vn/a.jpg" type="image/jpeg"/></item>' +
        '<item><guid>b</guid><title>Tin ghi ngày kiểu Việt Nam</title><pubDate>21/11/2026 10:15</pubDate><enclosure url="https://tinh.example.gov.vn/b.jpg" type="image/jpeg"/></item>',
    ),
  }),
  // UTF-8 read as Windows-1252 on the way in, and a title typed in TCVN3.
  legacy: () => ({
    type: 'application/json',
    body: json([
      item(1, { title: 'Cá»™ng hÃ²a xÃ£ há»™i chá»§ nghÄ©a Viá»‡t Nam' }),
      item(2, { title: '\u00a8Hi \u00b8c\u00b8 \u00b5n b\u00b8o c\u00b8o \u00b5\u00b8ng' }),
      item(3),
    ]),
  }),
  // Items the reader must leave out.
  skipped: () => ({
    type: 'application/feed+json',
    body: json([item(1), { title: 'Tin không có id' }, item(1, { title: 'Tin trùng id' }), 'không phải tin', item(2)]),
  }),
  // Items without pictures, one without a date.
  'no-images': () => ({
    type: 'application/rss+xml',
    body: rss(
      '<item><guid>a</guid><title>Tin không ảnh thứ nhất</title><pubDate>Fri, 20 Nov 2026 09:03:00 +0700</pubDate></item>' +
        '<item><guid>b</guid><title>Tin không ảnh, không ngày</title></item>',
    ),
  }),
  // A good feed whose server allows no other site (CORS): the page must be on another origin.
  'no-cors': () => ({ type: 'application/feed+json', body: json([1, 2].map((n) => item(n))) }),
  html: () => ({ type: 'text/html', body: '<!doctype html><html><body><h1>Trang chủ Sở</h1></body></html>' }),
};

export async function feedCheckServer(ctx, next) {
  if (!ctx.path.startsWith('/__feeds/')) return next();
  const name = ctx.path.slice('/__feeds/'.length);
  if (name === 'proxy') {
    // Only this server's own feeds, whichever loopback address names it.
    const target = new URL(String(ctx.query.url ?? ''));
    if (!/^127\.0\.0\.\d+$|^localhost$/.test(target.hostname) || !target.pathname.startsWith('/__feeds/')) {
      ctx.status = 403;
      return;
    }
    const response = await fetch(target);
    ctx.status = response.status;
    ctx.type = response.headers.get('Content-Type') ?? 'text/plain';
    ctx.set('Cache-Control', 'public, max-age=300');
    ctx.body = await response.text();
    return;
  }
  const feed = FEEDS[name]?.();
  if (!feed) {
    ctx.status = 404;
    ctx.body = 'Not found';
    return;
  }
  ctx.type = feed.type;
  for (const [header, value] of Object.entries(feed.headers ?? {})) ctx.set(header, value);
  if (feed.gzip) {
    ctx.set('Content-Encoding', 'gzip');
    ctx.body = gzipSync(Buffer.from(feed.body));
  } else {
    ctx.body = feed.body;
  }
}

/**
 * A test-runner command that writes a screenshot of the calling test's page to
 * `.cache/screenshots/<name>.png`, to look at (`{ saved: false }` where the engine is not driven
 * through puppeteer: WebKit over WebDriver).
 */
export function screenshotCommand() {
  return {
    name: 'screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'screenshot') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page?.screenshot) return { saved: false };
      const { mkdir } = await import('node:fs/promises');
      await mkdir('.cache/screenshots', { recursive: true });
      await page.bringToFront();
      const path = `.cache/screenshots/${String(payload?.name ?? 'page').replace(/[^\w-]/g, '_')}.png`;
      await page.screenshot({ path, fullPage: true });
      return { saved: true, path };
    },
  };
}
