// The parse's typed diagnostics (`onDiagnostic`) and the loader's one-off request (`requestFeed`):
// what a tool that inspects a feed is told, fact by fact, by the very parsers the elements use.
import { expect } from '@open-wc/testing';
import { clearFeedCache, peekFeed, requestFeed } from '../../src/feed/loader.js';
import { FeedError } from '../../src/feed/model.js';
import type { ParseDiagnostic } from '../../src/feed/parse-options.js';
import { parseFeedText } from '../../src/feed/parse.js';
import { parseJsonFeed } from '../../src/feed/public-parsers.js';
import { captureWarnings } from '../helpers.js';

async function diagnose(body: string, url = 'https://tinh.example.gov.vn/rss') {
  const seen: ParseDiagnostic[] = [];
  const feed = await parseFeedText(body, url, { warn: () => {}, onDiagnostic: (d) => void seen.push(d) });
  return { feed, seen };
}

const rss = (items: string, version = '2.0') =>
  `<?xml version="1.0"?><rss version="${version}"><channel><title>Tin</title>${items}</channel></rss>`;

describe('parse diagnostics', () => {
  it('JSON Feed: its version, each item skipped and why, dates without a zone', async () => {
    const { feed, seen } = await diagnose(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        items: [
          { id: '1', title: 'Một', date_published: '2026-11-20T09:03:00+07:00' },
          { title: 'Không id' },
          { id: '1', title: 'Trùng' },
          7,
          { id: '2', title: 'Hai', date_published: '2026-11-20 09:03', date_modified: '20/11/2026' },
        ],
      }),
    );
    expect(feed.items.map((item) => item.id)).to.deep.equal(['1', '2']);
    expect(seen).to.deep.equal([
      { kind: 'format', format: 'json', version: 'https://jsonfeed.org/version/1.1' },
      { kind: 'skipped', item: 1, reason: 'no usable id', id: undefined },
      { kind: 'skipped', item: 2, reason: 'duplicate id', id: '1' },
      { kind: 'skipped', item: 3, reason: 'not an object', id: undefined },
      { kind: 'zoneless-date', value: '2026-11-20 09:03' },
      { kind: 'zoneless-date', value: '20/11/2026' },
    ]);
  });

  it('mojibake repaired (before and after) and TCVN3 text, by item', async () => {
    const { feed, seen } = await diagnose(
      JSON.stringify({
        items: [
          { id: 'a', title: 'Cá»™ng hÃ²a' },
          { id: 'b', title: 'Uû ban nh\u00a9n d\u00a9n t\u00d8nh Qu\u00b6ng Nam' },
        ],
      }),
    );
    expect(feed.items[0]!.title).to.equal('Cộng hòa');
    expect(seen).to.deep.include({ kind: 'repaired-text', before: 'Cá»™ng hÃ²a', after: 'Cộng hòa' });
    expect(seen).to.deep.include({ kind: 'legacy-encoding', item: 1, id: 'b', encoding: 'TCVN3' });
    expect(seen[0]).to.deep.equal({ kind: 'format', format: 'json', version: undefined });
  });

  it('RSS, RDF and Atom declare their versions; RSS dates without a zone are reported, zoned ones not', async () => {
    const { seen } = await diagnose(
      rss(
        '<item><guid>1</guid><title>A</title><pubDate>Fri, 20 Nov 2026 09:03:00</pubDate></item>' +
          '<item><guid>2</guid><title>B</title><pubDate>Fri, 20 Nov 2026 09:03:00 +0700</pubDate></item>' +
          '<item><title></title></item>',
      ),
    );
    expect(seen).to.deep.equal([
      { kind: 'format', format: 'rss', version: '2.0' },
      { kind: 'zoneless-date', value: 'Fri, 20 Nov 2026 09:03:00' },
      { kind: 'skipped', item: 2, reason: 'no guid, link, title or description', id: undefined },
    ]);
    expect((await diagnose(rss('<item><guid>1</guid><title>A</title></item>', '0.91'))).seen[0]).to.deep.equal({
      kind: 'format',
      format: 'rss',
      version: '0.91',
    });
    const rdf = await diagnose(
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>T</title></channel><item rdf:about="https://a.vn/1"><title>A</title></item></rdf:RDF>',
    );
    expect(rdf.seen[0]).to.deep.equal({ kind: 'format', format: 'rdf', version: '1.0' });
    const atom = await diagnose(
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><id>1</id><title>A</title><updated>2026-11-20T09:03:00Z</updated></entry></feed>',
    );
    expect(atom.seen).to.deep.equal([{ kind: 'format', format: 'atom', version: '1.0' }]);
  });

  it('XML that had to be mended says so, with what the browser found', async () => {
    const { feed, seen } = await diagnose(rss('<item><guid>1</guid><title>Giao thông & vận tải</title></item>'));
    expect(feed.items[0]!.title).to.equal('Giao thông & vận tải');
    const repaired = seen.find((d) => d.kind === 'repaired-xml');
    expect(repaired && repaired.kind === 'repaired-xml' && repaired.error)
      .to.be.a('string')
      .and.not.equal('');
  });

  it('the package entry’s parseJsonFeed reports its repairs too', () => {
    const seen: ParseDiagnostic[] = [];
    parseJsonFeed({ items: [{ id: 'a', title: 'Cá»™ng hÃ²a' }] }, undefined, {
      onDiagnostic: (d) => void seen.push(d),
    });
    expect(seen).to.deep.include({ kind: 'repaired-text', before: 'Cá»™ng hÃ²a', after: 'Cộng hòa' });
  });

  it('without onDiagnostic the warnings are what they were', async () => {
    const warnings = await captureWarnings(() =>
      parseFeedText(JSON.stringify({ items: [{ title: 'Không id' }, { id: '1', title: 'Một' }] })),
    );
    expect(warnings).to.deep.equal(['[tin-widgets] Skipped item 0: no usable id.']);
  });
});

describe('requestFeed', () => {
  beforeEach(() => clearFeedCache());

  it('hands over the response and the parse’s diagnostics, outside the cache', async () => {
    const url = `/__fault/etag?id=request-${Math.random().toString(36).slice(2)}`;
    const statuses: number[] = [];
    const seen: ParseDiagnostic[] = [];
    const warnings = await captureWarnings(async () => {
      for (let i = 0; i < 2; i++) {
        const { feed, body } = await requestFeed(url, {
          onResponse: (response) => void statuses.push(response.status),
          onDiagnostic: (d) => void seen.push(d),
        });
        expect(feed.title).to.equal('Có ETag');
        expect(body).to.contain('"Có ETag"');
      }
    });
    // Unconditional each time (no If-None-Match from an earlier copy), so never a 304.
    expect(statuses).to.deep.equal([200, 200]);
    expect(seen.filter((d) => d.kind === 'format')).to.have.length(2);
    expect(peekFeed(url), 'nothing kept for the elements').to.equal(undefined);
    expect(warnings).to.deep.equal([]);
  });

  it('a failure is the FeedError loadFeed would give, after onResponse saw the response', async () => {
    let status = 0;
    const error = await requestFeed('/__fault/404?id=request-404', { onResponse: (r) => (status = r.status) }).catch(
      (e: unknown) => e,
    );
    expect(status).to.equal(404);
    expect(error).to.be.instanceOf(FeedError);
    expect(error).to.include({ kind: 'http', status: 404 });
  });
});
