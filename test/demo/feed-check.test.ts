// The demo's feed check: each feed the test server scripts (test/server/feed-check-server.mjs)
// is checked with the library's own loader and parser, and the finding a webmaster reads is
// asserted; then the page itself (form, error summary, results), and the whole journey from a
// CORS refusal to the same feed through a proxy.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { gatherFacts, type CheckInput } from '../../demo/feed-check.js';
import { findings, type Finding } from '../../demo/feed-check-findings.js';
import { describe as describeSnippet, snippetText, type Lang } from '../../demo/snippet.js';
import { loadFeed } from '../../src/feed/loader.js';
import { until, paste } from '../helpers.js';

const here = (name: string) => new URL(`/__feeds/${name}`, location.href).href;
// The runner's second origin: the same server on another loopback address.
const elsewhere = (name: string) => `http://127.0.0.2:${location.port}/__feeds/${name}`;

async function check(input: CheckInput, lang: Lang = 'vi') {
  const list = findings(await gatherFacts(input), lang);
  const by = (id: string): Finding => {
    const found = list.find((finding) => finding.id === id);
    if (!found) throw new Error(`no "${id}" finding in ${list.map((f) => f.id).join(', ')}`);
    return found;
  };
  return { list, by, grades: (grade: Finding['grade']) => list.filter((f) => f.grade === grade).map((f) => f.id) };
}

describe('feed check: findings', () => {
  it('a good JSON Feed with headers: every finding is ok, each says what it saw', async () => {
    const { by, grades } = await check({ url: here('good') });
    expect(grades('problem')).to.deep.equal([]);
    expect(grades('advice')).to.deep.equal([]);
    expect(by('format').title).to.equal('JSON Feed 1.1');
    expect(by('items').title).to.equal('3 tin bài đọc được');
    expect(by('validators').detail).to.contain('ETag: "good-v1"').and.contain('Last-Modified: Fri, 20 Nov 2026');
    expect(by('compression').title).to.equal('Kênh tin được nén (gzip)');
    expect(by('cache').title).to.equal('Cache-Control: public, max-age=300');
    expect(by('cors').title).to.contain('cùng tên miền');
    expect(by('size').title).to.match(/^Dung lượng \d+ B$/);
  });

  it('in English when the demo is in English', async () => {
    const { by } = await check({ url: here('good') }, 'en');
    expect(by('items').title).to.equal('3 items read');
    expect(by('compression').title).to.equal('The feed is compressed (gzip)');
  });

  it('RSS with dates without a zone: the advice quotes one and shows how to write the zone', async () => {
    const { by } = await check({ url: here('zoneless') });
    expect(by('format')).to.include({ grade: 'ok', title: 'RSS 2.0' });
    const zoneless = by('zoneless');
    expect(zoneless.grade).to.equal('advice');
    expect(zoneless.title).to.equal('2 ngày giờ không ghi múi giờ');
    expect(zoneless.detail).to.contain('“Fri, 20 Nov 2026 09:03:00”').and.contain('giờ Việt Nam');
    expect(zoneless.fix).to.contain('+07:00');
    // Nor validators nor caching headers on this one.
    expect(by('validators').grade).to.equal('advice');
    expect(by('cache')).to.include({ grade: 'advice', title: 'Không có tiêu đề Cache-Control' });
  });

  it('mojibake is reported as mended (before and after), TCVN3 text as a problem naming the item', async () => {
    const { by } = await check({ url: here('legacy') });
    const mojibake = by('mojibake');
    expect(mojibake.grade).to.equal('advice');
    expect(mojibake.detail).to.contain('thành “Cộng hòa xã hội chủ nghĩa Việt Nam”');
    const legacy = by('legacy');
    expect(legacy.grade).to.equal('problem');
    expect(legacy.title).to.equal('1 tin viết bằng bảng mã TCVN3, không phải Unicode');
    expect(legacy.detail).to.contain('tin thứ 2');
  });

  it('skipped items: how many, which and why', async () => {
    const { by } = await check({ url: here('skipped') });
    expect(by('items').title).to.equal('2 tin bài đọc được');
    const skipped = by('skipped');
    expect(skipped).to.include({ grade: 'advice', title: '3 tin bị bỏ qua' });
    expect(skipped.detail).to.contain('Tin thứ 2: không có id.');
    expect(skipped.detail).to.contain('Tin thứ 3: trùng id với một tin trước đó.');
    expect(skipped.detail).to.contain('Tin thứ 4: không phải một đối tượng JSON.');
  });

  it('items without images or dates: counted, with the RSS elements to add', async () => {
    const { by } = await check({ url: here('no-images') });
    expect(by('images')).to.include({ grade: 'advice', title: '2 trên 2 tin không có ảnh' });
    expect(by('images').fix).to.contain('<enclosure');
    expect(by('dates')).to.include({ grade: 'advice', title: '1 trên 2 tin không có ngày đăng' });
    expect(by('dates').detail).to.contain('“Tin không ảnh, không ngày”');
  });

  it('a cross-origin feed without CORS: a CORS problem, the proxy as the fix, and the docs page', async () => {
    const { list, by } = await check({ url: elsewhere('no-cors') });
    expect(list.map((f) => f.id)).to.deep.equal(['cors']);
    const cors = by('cors');
    expect(cors.grade).to.equal('problem');
    expect(cors.title).to.contain('CORS');
    expect(cors.detail).to.contain(location.origin);
    expect(cors.fix).to.contain('proxy="/proxy?url={url}"');
    expect(cors.link?.href).to.match(/\/docs\/feeds-from-other-sites\.md$/);
    const docs = await fetch(cors.link!.href);
    expect(docs.ok, 'the linked page exists').to.equal(true);
  });

  it('a cross-origin feed with CORS: says so, and what the browser hides from this page', async () => {
    const { by } = await check({ url: elsewhere('good') });
    expect(by('cors').grade).to.equal('ok');
    expect(by('cors').title).to.contain('tên miền khác');
    // Last-Modified is CORS-safelisted; its ETag was not exposed.
    expect(by('validators').detail).to.equal('Last-Modified: Fri, 20 Nov 2026 02:03:00 GMT');
    // Whether a cross-origin response's body sizes show without Timing-Allow-Origin depends on the
    // engine (Firefox shows those of a response CORS allowed): the gzip seen, or said to be unseen.
    const compression = by('compression');
    if (compression.grade === 'ok') {
      expect(compression.title).to.equal('Kênh tin được nén');
      expect(compression.detail).to.match(/trên đường truyền/);
    } else {
      expect(compression).to.include({
        grade: 'advice',
        title: 'Trang này không xem được kênh tin có được nén hay không',
      });
      expect(compression.fix).to.contain('curl -sI');
    }
  });

  it('the same feed through a proxy template loads, and says it came through the proxy', async () => {
    const { by, grades } = await check({ url: elsewhere('no-cors'), proxy: '/__feeds/proxy?url={url}' });
    expect(grades('problem')).to.deep.equal([]);
    expect(by('cors').title).to.contain('qua proxy');
    expect(by('items').title).to.equal('2 tin bài đọc được');
  });

  it('an HTML page is not a feed', async () => {
    const { list, by } = await check({ url: here('html') });
    expect(list).to.have.length(1);
    expect(by('not-a-feed')).to.include({
      grade: 'problem',
      title: 'Địa chỉ này trả về một trang web, không phải kênh tin',
    });
  });

  it('404: no feed at this address', async () => {
    const { list, by } = await check({ url: here('missing') });
    expect(list).to.have.length(1);
    expect(by('http')).to.include({ grade: 'problem', title: 'Không có kênh tin ở địa chỉ này (lỗi 404)' });
  });

  it('pasted text is read by the same parser; what only a response shows is said to be unchecked', async () => {
    const text = await (await fetch(here('zoneless'))).text();
    const { by } = await check({ text });
    expect(by('format').title).to.equal('RSS 2.0');
    expect(by('zoneless').title).to.equal('2 ngày giờ không ghi múi giờ');
    expect(by('pasted').grade).to.equal('advice');
    expect(() => by('cors')).to.throw();
  });
});

/** The demo's feed check page in a frame of `width` px, once its script runs. */
async function openCheckPage(width = 1000, search = '') {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 1400px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/demo/check.html${search}`;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await until(() => doc.title.includes('|') && doc.querySelector('#check'), 6000, 'the check page script');
  return { frame, doc };
}

const findingsShown = (doc: Document) =>
  [...doc.querySelectorAll<HTMLElement>('.findings > li')].map((li) => ({
    id: li.dataset['finding'],
    heading: li.querySelector('h3')?.textContent?.replace(/\s+/g, ' ').trim(),
  }));

/** A screenshot of the page with the frame as tall as its content, to look at (.cache/screenshots/). */
async function screenshot(frame: HTMLIFrameElement, name: string) {
  frame.style.height = `${frame.contentDocument!.documentElement.scrollHeight}px`;
  await executeServerCommand('screenshot', { name });
}

/** Fills the form and submits it; unless the form was refused, waits for this check's result. */
async function submit(doc: Document, fields: Record<string, string>) {
  for (const [name, value] of Object.entries(fields)) {
    (doc.querySelector(`#check [name="${name}"]`) as HTMLInputElement).value = value;
  }
  const status = doc.querySelector('#check-status')!;
  (doc.querySelector('#check button[type="submit"]') as HTMLButtonElement).click();
  if (!doc.querySelector('#check-errors')!.hasAttribute('hidden')) return;
  // The submit handler says "checking" at once, so an earlier "done" is not taken for this one.
  expect(status.textContent).to.equal('Đang kiểm tra…');
  await until(() => status.textContent === 'Đã kiểm tra xong.', 8000, 'the check');
}

describe('feed check: the page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('an empty form shows an error summary that takes focus and links to the field', async () => {
    const { doc } = await openCheckPage(375);
    await submit(doc, {});
    const summary = doc.querySelector<HTMLElement>('#check-errors')!;
    expect(summary.hidden).to.equal(false);
    expect(doc.activeElement).to.equal(summary);
    const link = summary.querySelector('a')!;
    expect(link.textContent).to.equal('Nhập địa chỉ kênh tin, hoặc dán nội dung của nó');
    expect(link.getAttribute('href')).to.equal('#check-url');
    expect(doc.querySelector('#check-url')!.getAttribute('aria-invalid')).to.equal('true');
    link.click();
    expect(doc.activeElement).to.equal(doc.querySelector('#check-url'));
    // Each field has its label.
    for (const input of doc.querySelectorAll('#check input, #check textarea')) {
      expect(doc.querySelector(`label[for="${input.id}"]`), input.id).to.exist;
    }
  });

  it('results are a list under a heading, one headed item per finding; a change of language re-renders them', async () => {
    const { frame, doc } = await openCheckPage(375);
    await submit(doc, { url: here('no-images') });
    const results = doc.querySelector<HTMLElement>('#check-results')!;
    expect(results.hidden).to.equal(false);
    expect(results.querySelector('h2')!.textContent).to.equal('Kết quả kiểm tra');
    expect(doc.activeElement).to.equal(results.querySelector('h2'));
    const shown = findingsShown(doc);
    expect(shown.find((f) => f.id === 'images')?.heading).to.equal('Nên sửa 2 trên 2 tin không có ảnh');
    expect(results.querySelector('[data-finding="images"] .fix')!.textContent).to.match(/^Cách sửa: Thêm cho từng tin/);
    // No sideways scrolling on a phone.
    expect(doc.documentElement.scrollWidth).to.be.at.most(375);
    await screenshot(frame, 'feed-check-375');
    // The page follows <html lang>, which the demo's language switch (demo.ts) sets.
    doc.documentElement.lang = 'en';
    await until(
      () => findingsShown(doc).some((f) => f.heading === 'Advice 2 of 2 items have no image'),
      4000,
      'English',
    );
    expect(results.querySelector('h2')!.textContent).to.equal('Results');
    expect(doc.querySelector('label[for="check-url"]')!.textContent).to.equal('Feed address');
  });
});

describe('feed check: accessibility', () => {
  it('the form and its results pass axe', async () => {
    // The page's markup in this document (axe reads the document it runs in), then its script.
    const page = new DOMParser().parseFromString(await (await fetch('/demo/check.html')).text(), 'text/html');
    const main = document.adoptNode(page.querySelector('main')!);
    document.body.append(main);
    try {
      await import('../../demo/check.js');
      await expect(main).to.be.accessible();
      (main.querySelector('#check-url') as HTMLInputElement).value = here('skipped');
      (main.querySelector('#check button') as HTMLButtonElement).click();
      await until(() => main.querySelectorAll('.findings > li').length, 8000, 'the findings');
      await expect(main).to.be.accessible();
    } finally {
      main.remove();
    }
  });
});

describe('feed check: the journey', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('a cross-origin feed fails with the CORS finding; through the proxy it works, pasted into a page, and its fallback outlives the feed', async () => {
    const { frame, doc } = await openCheckPage(1000);
    await submit(doc, { url: elsewhere('no-cors') });
    const first = findingsShown(doc);
    expect(first.map((f) => f.id)).to.deep.equal(['cors']);
    expect(first[0]!.heading).to.equal('Cần sửa Trình duyệt không cho trang này đọc kênh tin (CORS)');
    const docsLink = doc.querySelector<HTMLAnchorElement>('[data-finding="cors"] .link a')!;
    expect(docsLink.href).to.match(/\/docs\/feeds-from-other-sites\.md$/);
    await screenshot(frame, 'feed-check-1-cors');

    // The advice: a proxy on the portal's own server (the test server's stands in for it).
    await submit(doc, { proxy: '/__feeds/proxy?url={url}' });
    const second = findingsShown(doc);
    expect(second.filter((f) => f.heading?.startsWith('Cần sửa'))).to.deep.equal([]);
    expect(second.find((f) => f.id === 'cors')?.heading).to.contain('qua proxy');
    expect(second.find((f) => f.id === 'items')?.heading).to.equal('Đạt 2 tin bài đọc được');
    await screenshot(frame, 'feed-check-2-proxy');

    // The builder, told the proxy, writes the snippet and its fallback links from the live feed.
    const proxy = '/__feeds/proxy?url={url}';
    const live = await loadFeed(elsewhere('no-cors'), { proxy });
    const choices = {
      ...{ element: 'tin-list', layout: 'vertical', limit: '2', offset: '', newTab: false, fallbackImage: '' },
      ...{ lazy: false, email: false, theme: '', accent: '', dark: false, lang: 'vi' as const },
    };
    const described = describeSnippet({ ...choices, src: elsewhere('no-cors'), proxy }, undefined, live.items);
    expect(described.attributes).to.deep.include(['proxy', proxy]);
    expect(described.fallback.map(({ title }) => title)).to.deep.equal(['Bản tin số 2', 'Bản tin số 1']);
    const script = { url: new URL('/dist/cdn/tin-widgets.classic.js', location.href).href };
    const snippet = snippetText(described, script);

    // Pasted into a plain page of the portal, it works: the feed's news, not the fallback.
    const working = await paste(snippet, 'width: 800px; height: 500px');
    const list = working.contentDocument!.querySelector('tin-list')!;
    await until(() => list.shadowRoot?.querySelectorAll('[part="item"]').length === 2, 8000, 'the news');
    expect(list.shadowRoot!.querySelector('[part="link"]')!.textContent).to.equal('Bản tin số 2');
    expect(list.querySelector('ul')!.getClientRects().length, 'the fallback, hidden').to.equal(0);
    await screenshot(working, 'feed-check-3-pasted');

    // The feed goes away (the proxy answers 404): the webmaster's fallback links stay in view,
    // under the error, and still lead to the articles.
    const dead = await paste(
      snippet.replace(elsewhere('no-cors'), elsewhere('removed-feed')),
      'width: 800px; height: 500px',
    );
    const down = dead.contentDocument!.querySelector('tin-list')!;
    const error = await until(() => down.shadowRoot?.querySelector('[part="error"]'), 9000, 'the error');
    const links = [...down.querySelectorAll<HTMLAnchorElement>('ul > li > a')];
    expect(links.map((a) => a.href)).to.deep.equal([
      'https://tinh.example.gov.vn/tin/2.html',
      'https://tinh.example.gov.vn/tin/1.html',
    ]);
    expect(links[0]!.getBoundingClientRect().height, 'the fallback, in view').to.be.above(0);
    expect(links[0]!.getBoundingClientRect().top).to.be.above(error.getBoundingClientRect().bottom);
    await screenshot(dead, 'feed-check-4-dead-feed');
  });
});
