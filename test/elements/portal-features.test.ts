// What portals need beyond rendering: search without diacritics, tag filters, paging through
// next_url, reader tools, and a host app that configures @lit/localize itself.
import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';
import '../../src/define.js';
import type { TinList } from '../../src/elements/tin-list/tin-list.js';
import type { TinArticle } from '../../src/elements/tin-article/tin-article.js';
import { parseJsonFeed } from '../sync-parsers.js';
import { foldVietnamese } from '../../src/render/select-articles.js';
import { selectMatching as selectArticles } from '../../src/render/search.js';
import { FULL_FEED } from '../fixtures/feeds.js';
import { freshCaches, until } from '../helpers.js';

const item = (id: string, title: string, tags: string[] = [], day = 20) => ({
  id,
  title,
  tags,
  url: `https://tinh.example.gov.vn/${id}.html`,
  date_published: `2026-11-${day}T09:00:00+07:00`,
});
const VN_FEED = {
  items: [
    item('a', 'Đà Nẵng đón khách du lịch', ['Du lịch'], 24),
    item('b', 'Đăng ký kinh doanh trực tuyến', ['Kinh tế'], 23),
    item('c', 'Hội nghị tại Quảng Nam', ['Kinh tế'], 22),
    item('d', 'Dạ hội đèn lồng', ['Văn hóa'], 21),
  ],
};
const titles = (el: TinList) => [...el.shadowRoot!.querySelectorAll('[part="item"] a')].map((a) => a.textContent);

describe('search, tags and sorting', () => {
  beforeEach(freshCaches);
  const feed = parseJsonFeed(VN_FEED, 'https://tinh.example.gov.vn/feed.json', () => {});

  it('folds diacritics and đ', () => {
    expect(foldVietnamese('Đà Nẵng Đăng')).to.equal('da nang dang');
  });

  it('"da nang" finds "Đà Nẵng", "dang" finds "Đăng"; a query with diacritics matches only them', () => {
    expect(selectArticles(feed.items, { search: 'da nang' }).map((a) => a.id)).to.deep.equal(['a']);
    expect(selectArticles(feed.items, { search: 'dang' }).map((a) => a.id)).to.deep.equal(['b']);
    expect(selectArticles(feed.items, { search: 'Đà Nẵng' }).map((a) => a.id)).to.deep.equal(['a']);
    // Without diacritics "da" begins "Đà", "Đăng" and "Dạ"; typed with them, "đà" matches only "Đà".
    expect(selectArticles(feed.items, { search: 'da' }).map((a) => a.id)).to.deep.equal(['a', 'b', 'd']);
    // Words match at their start: "am" is inside "Nam" but begins no word.
    expect(selectArticles(feed.items, { search: 'am' }).map((a) => a.id)).to.deep.equal([]);
    expect(selectArticles(feed.items, { search: 'đà' }).map((a) => a.id)).to.deep.equal(['a']);
  });

  it('the search box filters the list and announces the count', async () => {
    const el = await fixture<TinList>(html`<tin-list searchable limit="10" .feed=${feed}></tin-list>`);
    await expect(el).to.be.accessible();
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'quang nam';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Hội nghị tại Quảng Nam']);
    expect(el.shadowRoot!.querySelector('[role="status"].count')!.textContent).to.equal('Tìm thấy 1 tin');
  });

  it('tag filters by category, loosely', async () => {
    const el = await fixture<TinList>(html`<tin-list tag="kinh te" limit="10" .feed=${feed}></tin-list>`);
    expect(titles(el)).to.deep.equal(['Đăng ký kinh doanh trực tuyến', 'Hội nghị tại Quảng Nam']);
  });

  it('sorts newest first, then by title with the Vietnamese collator', () => {
    const sameDay = parseJsonFeed(
      {
        items: [
          item('x', 'Ươm mầm', [], 20),
          item('y', 'Ấp Bắc', [], 20),
          item('z', 'Zô', [], 20),
          item('w', 'Bình Dương', [], 21),
        ],
      },
      undefined,
      () => {},
    );
    expect(selectArticles(sameDay.items).map((a) => a.title)).to.deep.equal(['Bình Dương', 'Ấp Bắc', 'Ươm mầm', 'Zô']);
  });
});

describe('"Xem thêm" follows next_url', () => {
  beforeEach(freshCaches);

  it('loads the next page when local items run out, and stops at a loop', async () => {
    // page-1.json → next_url page-2.json, which repeats an id and points back at page-1.json.
    const el = await fixture<TinList>(
      html`<tin-list load-more limit="2" src="/test/fixtures/paged/page-1.json"></tin-list>`,
    );
    await until(() => el.shadowRoot!.querySelector('[part="item"]'));
    const more = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more-button"]');
    expect(more()).to.exist;
    more()!.click();
    await until(() => titles(el).length === 3, 4000, 'page two').catch((e) => {
      throw new Error(e.message + ' :: ' + el.shadowRoot!.textContent!.replace(/\s+/g, ' '));
    });
    // The repeated id from page 2 is not shown twice, and the loop back to page 1 ends paging.
    expect(titles(el)).to.deep.equal(['Trang một A', 'Trang một B', 'Trang hai A']);
    expect(more()).to.equal(null);
    // The button the reader pressed is gone: focus is on the new item, and the region says so.
    const links = el.shadowRoot!.querySelectorAll('[part="item"] a');
    await until(() => el.shadowRoot!.activeElement === links[2], 2000, 'focus on the new item');
    expect(el.shadowRoot!.querySelector('p.visually-hidden[role="status"]')!.textContent!.trim()).to.equal(
      'Đã hiển thị thêm 1 tin',
    );
  });
});

describe('reader tools', () => {
  const feed = parseJsonFeed(FULL_FEED, 'https://tinh.example.gov.vn/feed.json', () => {});
  const article = feed.items[0]!;
  const open = async (tools: string) => {
    const el = await fixture<TinArticle>(
      html`<tin-article no-json-ld tools=${tools} .article=${article}></tin-article>`,
    );
    await until(() => el.shadowRoot!.querySelector('[part="body"]'));
    return el;
  };
  const button = (el: TinArticle, text: string) =>
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="tools"] button')].find((b) =>
      b.textContent!.includes(text),
    );

  it('print prints only the article: a temporary print sheet marks it, then goes away', async () => {
    const el = await open('print');
    const original = window.print;
    let sheetsDuringPrint = 0;
    let marked = false;
    window.print = () => {
      sheetsDuringPrint = document.adoptedStyleSheets.length;
      marked = el.hasAttribute('data-tin-printing');
      window.dispatchEvent(new Event('afterprint'));
    };
    try {
      const before = document.adoptedStyleSheets.length;
      button(el, 'In bài viết')!.click();
      expect(marked).to.equal(true);
      expect(sheetsDuringPrint).to.equal(before + 1);
      expect(document.adoptedStyleSheets.length).to.equal(before);
      expect(el.hasAttribute('data-tin-printing')).to.equal(false);
      expect(el.shadowRoot!.querySelector('[part="address"]')!.textContent).to.contain(article.url!);
    } finally {
      window.print = original;
    }
  });

  it('"Nghe đọc bài" appears only with a Vietnamese voice, and speaks, pauses and stops', async () => {
    const synth = window.speechSynthesis;
    const spoken: string[] = [];
    const calls: string[] = [];
    const fake = {
      voices: [] as { lang: string; name: string }[],
      getVoices() {
        return this.voices;
      },
      speak(u: SpeechSynthesisUtterance) {
        spoken.push(u.text);
        calls.push(`speak:${u.lang}`);
      },
      pause: () => calls.push('pause'),
      resume: () => calls.push('resume'),
      cancel: () => calls.push('cancel'),
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
    try {
      const silent = await open('listen');
      expect(button(silent, 'Nghe đọc bài')).to.equal(undefined);
      fake.voices = [{ lang: 'vi-VN', name: 'Tiếng Việt' }];
      const el = await open('listen');
      button(el, 'Nghe đọc bài')!.click();
      await el.updateComplete;
      expect(spoken[0]).to.contain(article.title);
      expect(spoken[0]).to.contain('Sáu tháng đầu năm');
      button(el, 'Tạm dừng')!.click();
      await el.updateComplete;
      button(el, 'Dừng đọc')!.click();
      await el.updateComplete;
      expect(calls).to.deep.equal(['cancel', 'speak:vi-VN', 'pause', 'cancel']);
      expect(button(el, 'Nghe đọc bài')).to.exist;
    } finally {
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    }
  });
});

describe('a host app that uses @lit/localize itself', () => {
  it('can call configureLocalization; the widgets keep their own languages and do not crash', async () => {
    // The library never configures lit-localize, so the host's (single) call succeeds.
    const { getLocale } = configureLocalization({
      sourceLocale: 'fr',
      targetLocales: [],
      loadLocale: async () => ({ templates: {} }),
    });
    expect(getLocale()).to.equal('fr');
    const feed = parseJsonFeed(FULL_FEED, undefined, () => {});
    const vi = await fixture<TinList>(html`<tin-list lang="vi" .feed=${feed}></tin-list>`);
    const en = await fixture<TinList>(html`<tin-list lang="en" .feed=${feed}></tin-list>`);
    expect(vi.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal('Các tin khác');
    await until(() => en.shadowRoot!.querySelector('[part="heading"]')?.textContent === 'Other news');
  });
});
