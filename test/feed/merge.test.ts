// Merging several feeds (feed/merge.ts), without a server: what the elements' tests
// (test/elements/several-feeds.test.ts) see through the network, here on hand-made feeds.
import { expect } from '@open-wc/testing';
import { feedCode, feedUrls, mergeFeeds } from '../../src/feed/merge.js';
import { findArticle } from '../../src/feed/model.js';
import { parseJsonFeed } from '../sync-parsers.js';
import { captureWarnings } from '../helpers.js';

const feedOf = (title: string, items: [string, string, string | undefined, string?][]) =>
  parseJsonFeed(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title,
      items: items.map(([id, itemTitle, date, url]) => ({ id, title: itemTitle, date_published: date, url })),
    },
    'https://tinh.example.gov.vn/feed.json',
    () => {},
  );

describe('mergeFeeds', () => {
  it('newest first, undated last; titles equal after NFC and folding the same Vietnam day are one article, other days two', () => {
    const a = feedOf('Sở Nội vụ', [
      ['1', 'Tuyển dụng công chức năm 2026', '2026-11-02T23:59:00+07:00'],
      ['2', 'Không ngày', undefined],
      ['3', 'Thi tuyển viên chức', '2026-11-05T08:00:00+07:00'],
    ]);
    const b = feedOf('Sở Tài chính', [
      // The same title in NFD, other case and punctuation, on 2 November in Vietnam (UTC 2 Nov 17:30).
      ['1', 'TUYỂN DỤNG công chức – năm 2026.'.normalize('NFD'), '2026-11-03T00:30:00+07:00'],
      ['4', 'Thi tuyển viên chức', '2026-11-05T21:00:00+07:00'],
    ]);
    const merged = mergeFeeds([
      { url: 'https://a.example.vn/feed.json', feed: a },
      { url: 'https://b.example.vn/feed.json', feed: b },
    ]);
    // "Thi tuyển viên chức" twice on 5 November: one (Nội vụ's). "Tuyển dụng": 2 and 3 November, two.
    expect(merged.items.map((item) => `${item.source!.title}/${item.source!.id}`)).to.deep.equal([
      'Sở Nội vụ/3',
      'Sở Tài chính/1',
      'Sở Nội vụ/1',
      'Sở Nội vụ/2',
    ]);
  });

  it('ids: the feed’s id behind a stable code of its URL; findArticle takes either, a bare id from the first feed listed', () => {
    const a = feedOf('A', [['7', 'Tin A', '2026-11-01T08:00:00+07:00', 'https://a.example.vn/7']]);
    const b = feedOf('B', [['7', 'Tin B', '2026-11-02T08:00:00+07:00', 'https://b.example.vn/7']]);
    const [ua, ub] = ['https://a.example.vn/feed.json', 'https://b.example.vn/feed.json'];
    expect(feedCode(ua)).to.match(/^[0-9a-z]{6}$/);
    expect(feedCode(ua)).to.not.equal(feedCode(ub));
    const ab = mergeFeeds([
      { url: ua, feed: a },
      { url: ub, feed: b },
    ]);
    const ba = mergeFeeds([
      { url: ub, feed: b },
      { url: ua, feed: a },
    ]);
    expect(ab.items.map((item) => item.id)).to.deep.equal([`${feedCode(ub)}-7`, `${feedCode(ua)}-7`]);
    expect(findArticle(ab.items, '7')!.title).to.equal('Tin A');
    expect(findArticle(ba.items, '7')!.title).to.equal('Tin B');
    expect(findArticle(ba.items, `${feedCode(ua)}-7`)!.title).to.equal('Tin A');
    expect(findArticle(ab.items, 'khong-co')).to.equal(undefined);
  });

  it('feedUrls keeps http(s) URLs once, in order, and warns of the rest', async () => {
    let urls: string[] = [];
    const warnings = await captureWarnings(() => {
      urls = feedUrls(' https://a.example.vn/f.json\n\thttps://a.example.vn/f.json javascript:alert(1) /b.json ');
    });
    expect(urls).to.deep.equal(['https://a.example.vn/f.json', new URL('/b.json', document.baseURI).href]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('javascript:alert(1)');
  });
});
