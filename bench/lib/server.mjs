// A tiny static server for the benchmarks: the repository root over HTTP on 127.0.0.1 (random
// free port), plus generated feeds at /__bench/feed-<count>.json (query strings ignored, so a
// page can bust caches with ?s=N) and figure g's crafted feeds at /__bench/crafted-<name>. Files
// missing from dist-demo/ fall back to demo/ (the demo build does not copy feed.json and images).
// dist-demo/demo/x and dist-demo/x both fall back to demo/x.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { CRAFTED } from './crafted-feed.mjs';
import { makeFeed } from './feed-data.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.map': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * `initialMounts` maps URL prefixes to directories served instead of the repository's (run.mjs serves
 * a snapshot of dist/cdn taken at start, so a rebuild by someone else mid-run changes nothing).
 * `gzip`: files of a text type are sent compressed to a client that accepts it, as any real host
 * does (scripts/lighthouse.mjs; the speed figures keep measuring uncompressed localhost).
 */
export async function startServer(root, initialMounts = {}, { gzip = false } = {}) {
  const mounts = { ...initialMounts };
  const feeds = new Map();
  let origin = '';
  let styles;
  // Figure d serves its 10,000-item feed without a text type (see bench/figures/d-large.mjs).
  let bigFeedType = 'application/feed+json; charset=utf-8';
  // Figure c is also taken with the feed answering after a server's think time.
  let feedDelay = 0;
  const feedBody = (count, content) => {
    const key = `${count}:${content}`;
    if (!feeds.has(key)) feeds.set(key, Buffer.from(JSON.stringify(makeFeed(count, origin, { content }))));
    return feeds.get(key);
  };
  const craftedBody = (name) => {
    const key = `crafted:${name}`;
    if (!feeds.has(key)) feeds.set(key, Buffer.from(CRAFTED[name](origin)));
    return feeds.get(key);
  };

  async function resolveFile(pathname) {
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (pathname.startsWith(prefix)) {
        const full = join(dir, normalize(decodeURIComponent(pathname.slice(prefix.length))));
        if (!full.startsWith(dir)) return undefined;
        try {
          if ((await stat(full)).isFile()) return full;
        } catch {
          return undefined;
        }
        return undefined;
      }
    }
    const rel = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
    const full = join(root, rel);
    if (!full.startsWith(root + sep) && full !== root) return undefined;
    try {
      const info = await stat(full);
      if (info.isDirectory()) return resolveFile(join(pathname, 'index.html'));
      return full;
    } catch {
      // dist-demo/demo/x or dist-demo/x → demo/x
      if (rel.startsWith(`dist-demo${sep}`))
        return resolveFile(`/demo/${rel.slice('dist-demo/'.length).replace(/^demo[/\\]/, '')}`);
      return undefined;
    }
  }

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      const headers = { 'Cache-Control': 'no-cache', 'Access-Control-Allow-Origin': '*' };
      if (url.pathname === '/__bench/baseline-styles.js') {
        if (!styles) throw new Error('baseline styles requested before they were read from the library');
        const body = Buffer.from(
          `// Copied at run time from the library elements' adoptedStyleSheets.\nexport const STYLES = ${JSON.stringify(styles)};\n`,
        );
        res.writeHead(200, {
          ...headers,
          'Content-Type': 'text/javascript; charset=utf-8',
          'Content-Length': body.length,
        });
        res.end(body);
        return;
      }
      const feed = /^\/__bench\/feed-(\d+)(-content)?\.json$/.exec(url.pathname);
      if (feed) {
        const body = feedBody(Number(feed[1]), !!feed[2]);
        if (feedDelay) await new Promise((resolve) => setTimeout(resolve, feedDelay));
        const type = Number(feed[1]) >= 10_000 ? bigFeedType : 'application/feed+json; charset=utf-8';
        res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Length': body.length });
        res.end(body);
        return;
      }
      const crafted = /^\/__bench\/crafted-([\w-]+)$/.exec(url.pathname);
      if (crafted && Object.hasOwn(CRAFTED, crafted[1])) {
        const body = craftedBody(crafted[1]);
        // Tens of MB: without a text type, as figure d's feed (DevTools would decode it on the main thread).
        res.writeHead(200, { ...headers, 'Content-Type': 'application/octet-stream', 'Content-Length': body.length });
        res.end(body);
        return;
      }
      const file = await resolveFile(url.pathname);
      if (!file) {
        res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' });
        res.end('not found');
        return;
      }
      let body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (gzip && /text|json|svg/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body, { level: 9 });
        headers['Content-Encoding'] = 'gzip';
        headers.Vary = 'Accept-Encoding';
      }
      res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Length': body.length });
      res.end(body);
    } catch (error) {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(error));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    feedBody,
    craftedBody,
    /** The file a URL path is served from (for source maps). */
    fileFor: (pathname) => resolveFile(pathname),
    /** Serves `dir` under the URL prefix `prefix` (figure h's parser bundle, built at run time). */
    mount: (prefix, dir) => (mounts[prefix] = dir),
    setStyles: (value) => (styles = value),
    setBigFeedType: (value) => (bigFeedType = value),
    setFeedDelay: (ms) => (feedDelay = ms),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(resolve);
      }),
  };
}
