// Several feeds in one `src` (issue 15): merged newest first, each article once, its feed shown
// through part="source", failures of some feeds a note, each URL fetched once per page. The feeds
// are the fault server's `agency` scenario (test/server/fault-server.mjs).
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../src/elements/tin-card/define.js';
import '../../src/elements/tin-list/define.js';
import '../../src/elements/tin-feed/define.js';
import type { TinCard } from '../../src/elements/tin-card/tin-card.js';
import type { TinFeed } from '../../src/elements/tin-feed/tin-feed.js';
import type { TinList } from '../../src/elements/tin-list/tin-list.js';
import type { TinErrorDetail, TinLoadDetail } from '../../src/events.js';
import { captureWarnings, freshCaches, itemTexts, resetHash, shadowText, until } from '../helpers.js';

interface Served {
  readonly url: string;
  /** The fault server's counter key: `<scenario>?<querystring>`. */
  readonly key: string;
}

let unique = 0;
/** A URL of the fault server no other test (or run) asks for, so its request count is this test's. */
function served(scenario: string, params: Record<string, string> = {}): Served {
  const query = new URLSearchParams(params);
  query.set('id', `${Date.now().toString(36)}-${++unique}`);
  return { url: `/__fault/${scenario}?${query}`, key: `${scenario}?${query}` };
}

async function hits(target: Served): Promise<number> {
  const response = await fetch(`/__fault/hits?key=${encodeURIComponent(target.key)}`);
  return ((await response.json()) as { hits: number }).hits;
}

const yte = () => served('agency', { name: 'yte' });
const gd = () => served('agency', { name: 'gd' });

const parts = (el: Element, name: string): Element[] => [...el.shadowRoot!.querySelectorAll(`[part~="${name}"]`)];
const sourcesOf = (el: Element) => parts(el, 'source').map((node) => node.textContent!.trim());
const listed = (el: TinList) => until(() => parts(el, 'item').length > 0 && el, 4000, 'items');

// Newest first, the Vietnam day deciding which titles are one article (see AGENCIES).
const MERGED = [
  'Khai giảng lớp bồi dưỡng giáo viên tiểu học (21/11/2026) Sở Giáo dục và Đào tạo',
  'Tiêm chủng mở rộng cho trẻ dưới 5 tuổi (20/11/2026) Sở Y tế',
  'Hoà Bình đón đoàn công tác của Bộ Y tế (20/11/2026) Sở Y tế',
  'Khám sức khỏe miễn phí cho người cao tuổi (18/11/2026) Sở Y tế',
  'Tổng kết phong trào thi đua dạy tốt, học tốt (16/11/2026) Sở Giáo dục và Đào tạo',
  'Hội nghị tổng kết công tác y tế năm 2026 (15/11/2026) Sở Y tế',
  'Phát động phong trào hiến máu tình nguyện (11/11/2026) Sở Giáo dục và Đào tạo',
  'Phát động phong trào hiến máu tình nguyện (10/11/2026) Sở Y tế',
];

describe('several feeds in one src', () => {
  beforeEach(freshCaches);
  afterEach(resetHash);

  it('merges newest first; the same url, or the same folded title the same Vietnam day, is shown once, from the feed listed first', async () => {
    const [a, b] = [yte(), gd()];
    const el = await fixture<TinList>(html`<tin-list src="${a.url} ${b.url}" limit="20"></tin-list>`);
    await listed(el);
    await expect(el).to.be.accessible();
    // gd3 (yt2's url), gd4 (yt4's title: other tone placement, capitals, "!", UTC day apart) are
    // left out; the two "hiến máu" an hour apart across midnight in Vietnam are two articles.
    expect(itemTexts(el)).to.deep.equal(MERGED);
    expect(parts(el, 'missing-note')).to.have.length(0);
  });

  it('with the feeds the other way round, the copies kept are the other feed’s', async () => {
    const [a, b] = [yte(), gd()];
    const el = await fixture<TinList>(html`<tin-list src="${b.url} ${a.url}" limit="20"></tin-list>`);
    await listed(el);
    const texts = itemTexts(el);
    expect(texts).to.include('HÒA BÌNH đón đoàn công tác của Bộ Y tế! (20/11/2026) Sở Giáo dục và Đào tạo');
    expect(texts).to.include('Người cao tuổi được khám sức khỏe miễn phí (18/11/2026) Sở Giáo dục và Đào tạo');
    expect(texts).to.have.length(MERGED.length);
  });

  it('shows each item’s feed by default when merged, not for one feed; show-source turns it on or off', async () => {
    const [a, b] = [yte(), gd()];
    const merged = await fixture<TinList>(html`<tin-list src="${a.url} ${b.url}"></tin-list>`);
    const hidden = await fixture<TinList>(html`<tin-list src="${a.url} ${b.url}" show-source="false"></tin-list>`);
    const single = await fixture<TinList>(html`<tin-list src=${a.url}></tin-list>`);
    const shown = await fixture<TinList>(html`<tin-list src=${a.url} show-source></tin-list>`);
    await Promise.all([merged, hidden, single, shown].map(listed));
    expect(sourcesOf(merged)).to.deep.equal([
      'Sở Giáo dục và Đào tạo',
      'Sở Y tế',
      'Sở Y tế',
      'Sở Y tế',
      'Sở Giáo dục và Đào tạo',
    ]);
    expect(sourcesOf(hidden)).to.deep.equal([]);
    expect(parts(hidden, 'item')).to.have.length(5);
    expect(sourcesOf(single)).to.deep.equal([]);
    expect(parts(single, 'item')).to.have.length(5);
    expect(sourcesOf(shown)).to.deep.equal(Array(5).fill('Sở Y tế'));
    hidden.showSource = true;
    await hidden.updateComplete;
    expect(sourcesOf(hidden)).to.have.length(5);
    merged.setAttribute('show-source', 'false');
    await merged.updateComplete;
    expect(sourcesOf(merged)).to.deep.equal([]);
  });

  it('a card and the grid’s cards show the source too', async () => {
    const [a, b] = [yte(), gd()];
    const card = await fixture<TinCard>(html`<tin-card src="${a.url} ${b.url}" item-id="gd1"></tin-card>`);
    const grid = await fixture<TinFeed>(html`<tin-feed src="${a.url} ${b.url}" limit="3"></tin-feed>`);
    await until(() => parts(card, 'link').length, 4000, 'the card');
    expect(sourcesOf(card)).to.deep.equal(['Sở Giáo dục và Đào tạo']);
    const cards = await until(() => {
      const all = [...grid.shadowRoot!.querySelectorAll<TinCard>('tin-card')];
      return all.length === 3 && all.every((c) => c.shadowRoot?.querySelector('[part="source"]')) ? all : undefined;
    });
    expect(cards.map((c) => sourcesOf(c)[0])).to.deep.equal(['Sở Giáo dục và Đào tạo', 'Sở Y tế', 'Sở Y tế']);
    await expect(grid).to.be.accessible();
  });

  it('one feed failing: the others’ items and a discreet note (Vietnamese, or English with lang="en"); tin-error for it, no error box', async () => {
    const [a, broken] = [yte(), served('404')];
    const errors: TinErrorDetail[] = [];
    const loads: TinLoadDetail[] = [];
    let vi!: TinList;
    let en!: TinList;
    await captureWarnings(async () => {
      vi = await fixture<TinList>(
        html`<tin-list src="${a.url} ${broken.url}" @tin-error=${(e: CustomEvent<TinErrorDetail>) => errors.push(e.detail)}
          @tin-load=${(e: CustomEvent<TinLoadDetail>) => loads.push(e.detail)}></tin-list>`,
      );
      en = await fixture<TinList>(html`<tin-list lang="en" src="${a.url} ${broken.url}"></tin-list>`);
      await Promise.all([listed(vi), listed(en)]);
      await until(() => parts(vi, 'missing-note').length && parts(en, 'missing-note').length, 4000, 'the notes');
    });
    expect(parts(vi, 'item')).to.have.length(5);
    expect(parts(vi, 'error')).to.have.length(0);
    const note = parts(vi, 'missing-note')[0]!;
    expect(note.getAttribute('role')).to.equal('status');
    expect(note.textContent!.trim()).to.equal(
      'Một số nguồn tin chưa tải được; đang hiển thị tin từ các nguồn còn lại.',
    );
    expect(parts(en, 'missing-note')[0]!.textContent!.trim()).to.equal(
      'Some news sources could not be loaded; showing news from the others.',
    );
    expect(errors).to.have.length(1);
    expect(errors[0]!).to.include({ kind: 'http', status: 404, stale: true });
    expect(errors[0]!.url).to.contain('/__fault/404');
    expect(loads).to.have.length(1);
    expect(loads[0]!.feed.items).to.have.length(5);
    await expect(vi).to.be.accessible();
  });

  it('every feed failing: the error box, as when one feed fails', async () => {
    const [x, y, lone] = [served('404'), served('404'), served('404')];
    let both!: TinList;
    let one!: TinList;
    await captureWarnings(async () => {
      both = await fixture<TinList>(html`<tin-list src="${x.url} ${y.url}"></tin-list>`);
      one = await fixture<TinList>(html`<tin-list src=${lone.url}></tin-list>`);
      await until(() => parts(both, 'error').length && parts(one, 'error').length, 4000, 'the errors');
    });
    expect(shadowText(both)).to.equal(shadowText(one));
    expect(parts(both, 'missing-note')).to.have.length(0);
  });

  it('a feed failing on a refresh keeps its items (its last copy, the stale note), never hides what was shown', async () => {
    const [a, recovering] = [yte(), served('ok-then-500', { title: 'Sở Tư pháp' })];
    const el = await fixture<TinList>(html`<tin-list src="${a.url} ${recovering.url}" limit="20"></tin-list>`);
    await listed(el);
    const before = itemTexts(el);
    expect(before.some((text) => text.endsWith('Sở Tư pháp'))).to.equal(true);
    await captureWarnings(async () => {
      el.reload();
      await until(() => parts(el, 'stale-note').length, 6000, 'the stale note');
    });
    expect(itemTexts(el)).to.deep.equal(before);
    expect(parts(el, 'missing-note')).to.have.length(0);
  });

  it('junk in src is refused with a console warning; the valid feeds still load', async () => {
    const [a, b] = [yte(), gd()];
    let el!: TinList;
    const warnings = await captureWarnings(async () => {
      el = await fixture<TinList>(
        html`<tin-list src="javascript:alert(1) ${a.url} http://[::1 ${b.url} data:text/plain,x" limit="20"></tin-list>`,
      );
      await listed(el);
    });
    expect(itemTexts(el)).to.deep.equal(MERGED);
    expect(warnings.filter((w) => w.includes('Ignored'))).to.have.length(3);
    expect(warnings.join('\n'))
      .to.contain('javascript:alert(1)')
      .and.contain('http://[::1')
      .and.contain('data:text/plain');
    expect(parts(el, 'missing-note')).to.have.length(0);
  });

  it('nothing but junk is an error, never a throw', async () => {
    let el!: TinList;
    const warnings = await captureWarnings(async () => {
      el = await fixture<TinList>(html`<tin-list src="javascript:alert(1) ftp://x/feed"></tin-list>`);
      await until(() => parts(el, 'error').length, 4000, 'the error');
    });
    expect(warnings.filter((w) => w.includes('Ignored'))).to.have.length(2);
  });

  it('each URL is fetched once per page, with two elements sharing one of them', async () => {
    const [a, b] = [yte(), gd()];
    const list = await fixture<TinList>(html`<tin-list src="${a.url} ${b.url}"></tin-list>`);
    const card = await fixture<TinCard>(html`<tin-card src=${a.url} item-id="yt1"></tin-card>`);
    const other = await fixture<TinList>(html`<tin-list src="${b.url}   ${a.url} ${a.url}"></tin-list>`);
    await Promise.all([listed(list), listed(other), until(() => parts(card, 'link').length, 4000, 'the card')]);
    expect(await hits(a)).to.equal(1);
    expect(await hits(b)).to.equal(1);
  });

  it('a refresh with every feed unchanged gives the same list (no second tin-load); a changed feed is merged again', async () => {
    const [a, b] = [yte(), served('sequence', { steps: '1;1,2' })];
    const loads: TinLoadDetail[] = [];
    const el = await fixture<TinList>(
      html`<tin-list src="${a.url} ${b.url}" limit="20" @tin-load=${(e: CustomEvent<TinLoadDetail>) => loads.push(e.detail)}></tin-list>`,
    );
    await listed(el);
    const first = itemTexts(el).length;
    el.reload();
    await until(() => itemTexts(el).length === first + 1, 4000, 'the new item');
    expect(loads).to.have.length(2);
    expect(loads[1]!.url).to.contain(a.url.slice(1)).and.contain(b.url.slice(1));
  });

  it('shows no copy of one feed alone while another is still loading', async () => {
    const a = yte();
    const held = served('gate');
    const id = new URLSearchParams(held.url.split('?')[1]).get('id')!;
    // The first feed is in memory already (another element of the page showed it).
    await listed(await fixture<TinList>(html`<tin-list src="${a.url}"></tin-list>`));
    const el = fixtureSync<TinList>(html`<tin-list src="${a.url} ${held.url}" limit="20"></tin-list>`);
    // Made at the same time from the same copy: once it shows its items, a merged list showing the
    // copy alone would have shown it too.
    const alone = fixtureSync<TinList>(html`<tin-list src="${a.url}" limit="20"></tin-list>`);
    await until(async () => (await hits(held)) === 1, 4000, 'the held request');
    await listed(alone);
    await el.updateComplete;
    expect(parts(el, 'item'), 'items of the first feed alone').to.have.length(0);
    await fetch(`/__fault/gate-open?id=${id}`);
    await until(() => parts(el, 'item').length === 8, 4000, 'the merged list');
    expect(new Set(sourcesOf(el))).to.deep.equal(new Set(['Sở Y tế', 'Tin đã mở cổng']));
  });

  it('hostile feed titles are only text as source names', async () => {
    const [a, evil] = [yte(), served('agency', { name: 'hostile' })];
    const el = await fixture<TinList>(html`<tin-list src="${a.url} ${evil.url}" limit="20"></tin-list>`);
    await listed(el);
    const names = sourcesOf(el);
    expect(names).to.include('Sở "Tài chính" & Kho bạc');
    for (const node of parts(el, 'source')) expect(node.children).to.have.length(0);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
  });

  it('ids that collide across feeds stay apart: qualified in deep links; a feed’s own id picks the first feed listed', async () => {
    const [a, b] = [yte(), gd()];
    const bare = await fixture<TinCard>(html`<tin-card src="${a.url} ${b.url}" item-id="7"></tin-card>`);
    const reversed = await fixture<TinCard>(html`<tin-card src="${b.url} ${a.url}" item-id="7"></tin-card>`);
    const grid = await fixture<TinFeed>(html`<tin-feed src="${a.url} ${b.url}" limit="20"></tin-feed>`);
    await until(() => parts(bare, 'link').length && parts(reversed, 'link').length, 4000, 'the cards');
    expect(bare.currentArticle!.title).to.equal('Hội nghị tổng kết công tác y tế năm 2026');
    expect(reversed.currentArticle!.title).to.equal('Tổng kết phong trào thi đua dạy tốt, học tốt');
    // The same article whatever the order of src: its qualified id names it.
    const qualified = bare.currentArticle!.id;
    expect(qualified).to.match(/^[0-9a-z]{6}-7$/);
    expect(bare.currentArticle!.source).to.deep.include({ id: '7', title: 'Sở Y tế' });
    reversed.itemId = qualified;
    await reversed.updateComplete;
    expect(reversed.currentArticle!.title).to.equal('Hội nghị tổng kết công tác y tế năm 2026');
    const cards = await until(() => {
      const all = [...grid.shadowRoot!.querySelectorAll<TinCard>('tin-card')];
      return all.length === MERGED.length ? all : undefined;
    });
    const hrefs = cards.map((c) => c.currentArticle!.id);
    expect(new Set(hrefs).size).to.equal(MERGED.length);
    // Opening the other feed's "7" by its deep link opens that one.
    const other = cards.find((c) => c.currentArticle!.title.startsWith('Tổng kết phong trào'))!.currentArticle!;
    grid.open(other.id);
    expect(location.hash).to.equal(`#tin=${encodeURIComponent(other.id)}`);
    const article = await until(() =>
      grid.shadowRoot!.querySelector<HTMLElement & { currentArticle?: { id: string } }>('tin-article'),
    );
    await until(() => article.currentArticle, 4000, 'the open article');
    expect(article.currentArticle!.id).to.equal(other.id);
  });
});
