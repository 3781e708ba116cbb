// What portals need beyond rendering: search without diacritics, tag filters, paging through
// next_url, reader tools, and a host app that configures @lit/localize itself.
import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';
import '../../src/define.js';
import type { TinList } from '../../src/elements/tin-list/tin-list.js';
import type { TinArticle } from '../../src/elements/tin-article/tin-article.js';
import type { TinFeed } from '../../src/elements/tin-feed/tin-feed.js';
import { parseJsonFeed } from '../sync-parsers.js';
import { foldVietnamese } from '../../src/render/select-articles.js';
import { selectMatching as selectArticles } from '../../src/render/search.js';
import { FULL_FEED } from '../fixtures/feeds.js';
import { freshCaches, shadowText, until } from '../helpers.js';

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
    expect(el.shadowRoot!.querySelector('[role="status"].count')!.textContent).to.equal('Tìm thấy 1 tin phù hợp');
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

describe('search as Vietnamese is really typed', () => {
  beforeEach(freshCaches);
  // The feed writes some tones the old way ("Hoà", "Uỷ") and some the new way ("hóa", "Thủy").
  const feed = parseJsonFeed(
    {
      items: [
        item('hn', 'Hà Nội khởi công cầu mới', [], 28),
        item('dn', 'Đà Nẵng đón khách du lịch', [], 27),
        item('hb', 'Hoà Bình mở rộng đường tỉnh', [], 26),
        item('ub', 'Uỷ ban nhân dân tỉnh họp phiên thường kỳ', [], 25),
        item('vh', 'Ngày hội Văn hóa các dân tộc', [], 24),
        item('tl', 'Thủy lợi nội đồng vụ đông', [], 23),
        item('hl', 'Hạ Long đón năm mới', [], 22),
        item('na', 'Khánh thành nhà thi đấu đa năng', [], 21),
      ],
    },
    'https://tinh.example.gov.vn/feed.json',
    () => {},
  );
  const found = (search: string) => selectArticles(feed.items, { search }).map((a) => a.id);

  it('finds every query of the review (issue 14), however the tones are placed', () => {
    expect(found('Hà Noi')).to.deep.equal(['hn']);
    expect(found('đa nang')).to.deep.equal(['dn', 'na']);
    expect(found('hòa bình')).to.deep.equal(['hb']);
    expect(found('ủy ban')).to.deep.equal(['ub']);
    expect(found('văn hoá')).to.deep.equal(['vh']);
    expect(found('thuỷ lợi')).to.deep.equal(['tl']);
    // The same words typed the feed's way, without marks, and in capitals.
    for (const query of ['hoà bình', 'hoa binh', 'HÒA BÌNH', 'Hoà Bình'])
      expect(found(query), query).to.deep.equal(['hb']);
    for (const query of ['uỷ ban', 'uy ban', 'ỦY BAN']) expect(found(query), query).to.deep.equal(['ub']);
    for (const query of ['văn hóa', 'van hoa', 'Văn hoa']) expect(found(query), query).to.deep.equal(['vh']);
    for (const query of ['thủy lợi', 'thuy loi', 'Thủy loi']) expect(found(query), query).to.deep.equal(['tl']);
    for (const query of ['ha noi', 'Hà Nội', 'ha Nội']) expect(found(query), query).to.deep.equal(['hn']);
  });

  it('per word: a word without marks matches with or without them; a mark typed must be there', () => {
    // "Hà" is neither "Hạ" nor a bare "ha"; "ha" begins both.
    expect(found('Hà')).to.deep.equal(['hn']);
    expect(found('hạ')).to.deep.equal(['hl']);
    expect(found('ha')).to.deep.equal(['hn', 'hl']);
    // A tone typed keeps its letters as typed: "đà" is Đà, not "đấu", and "Đà Nẵng" is not "đa năng".
    expect(found('đà')).to.deep.equal(['dn']);
    expect(found('Đà Nẵng')).to.deep.equal(['dn']);
    expect(found('đa năng')).to.deep.equal(['dn', 'na']);
    expect(found('đã')).to.deep.equal([]);
    // Words match at their start, marks or not.
    expect(found('oi')).to.deep.equal([]);
    expect(found('Hoà Bình mở rộng')).to.deep.equal(['hb']);
  });

  it('đ follows the same rule: "d" finds d and đ, "đ" only đ', () => {
    expect(found('dan')).to.deep.equal(['ub', 'vh']);
    expect(found('duong')).to.deep.equal(['hb']);
    expect(found('đuong')).to.deep.equal(['hb']);
    expect(found('đan')).to.deep.equal([]);
    expect(found('don')).to.deep.equal(['dn', 'tl', 'hl']);
    expect(found('đon')).to.deep.equal(['dn', 'tl', 'hl']);
    expect(found('đón')).to.deep.equal(['dn', 'hl']);
    expect(found('dón')).to.deep.equal([]);
  });

  it('old and new tone placement are the same word, on either side', () => {
    const pairs: [string, string][] = [
      ['oà', 'òa'],
      ['oá', 'óa'],
      ['oả', 'ỏa'],
      ['oã', 'õa'],
      ['oạ', 'ọa'],
      ['oè', 'òe'],
      ['oé', 'óe'],
      ['oẻ', 'ỏe'],
      ['oẽ', 'õe'],
      ['oẹ', 'ọe'],
      ['uỳ', 'ùy'],
      ['uý', 'úy'],
      ['uỷ', 'ủy'],
      ['uỹ', 'ũy'],
      ['uỵ', 'ụy'],
    ];
    for (const [old, young] of pairs) {
      const words = parseJsonFeed(
        { items: [item('old', `Tin h${old}`), item('new', `Tin t${young}`)] },
        undefined,
        () => {},
      ).items;
      const ids = (search: string) => selectArticles(words, { search }).map((a) => a.id);
      expect(ids(`h${young}`), `h${young}`).to.deep.equal(['old']);
      expect(ids(`t${old}`), `t${old}`).to.deep.equal(['new']);
      expect(ids(`H${old.toUpperCase()}`), `H${old.toUpperCase()}`).to.deep.equal(['old']);
    }
  });

  const typeInto = async (el: TinList, text: string) => {
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    return el.shadowRoot!.querySelector('[role="status"].count')?.textContent;
  };

  it('says how many match, or that none match the words typed, and nothing more', async () => {
    const el = await fixture<TinList>(html`<tin-list searchable limit="10" .feed=${feed}></tin-list>`);
    expect(await typeInto(el, 'hòa bình')).to.equal('Tìm thấy 1 tin phù hợp');
    expect(await typeInto(el, 'đón')).to.equal('Tìm thấy 2 tin phù hợp');
    expect(await typeInto(el, '  Quảng Trị ')).to.equal('Không tìm thấy tin nào phù hợp với “Quảng Trị”.');
    expect(el.shadowRoot!.querySelector('[part="empty"]'), 'no "Chưa có tin nào." under it').to.equal(null);
    expect(shadowText(el)).not.to.contain('Chưa có tin nào');
    await expect(el).to.be.accessible();
    expect(await typeInto(el, '')).to.equal(undefined);
    expect(titles(el)).to.have.length(8);
  });

  it('in English, one article and many articles', async () => {
    const el = await fixture<TinList>(html`<tin-list lang="en" searchable limit="10" .feed=${feed}></tin-list>`);
    await until(() => el.shadowRoot!.querySelector('[part="heading"]')?.textContent === 'Other news');
    expect(await typeInto(el, 'hoa binh')).to.equal('1 article found');
    expect(await typeInto(el, 'đón')).to.equal('2 articles found');
    expect(await typeInto(el, 'xyz')).to.equal('No articles match “xyz”.');
    expect(el.shadowRoot!.querySelector('[part="empty"]')).to.equal(null);
  });

  it('<tin-feed> shows the same result line and no empty state', async () => {
    const grid = await fixture<TinFeed>(html`<tin-feed searchable .feed=${feed}></tin-feed>`);
    const input = grid.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'Quảng Trị';
    input.dispatchEvent(new Event('input'));
    await grid.updateComplete;
    expect(shadowText(grid)).to.equal('Không tìm thấy tin nào phù hợp với “Quảng Trị”.');
    input.value = 'thuy loi';
    input.dispatchEvent(new Event('input'));
    await grid.updateComplete;
    expect(grid.shadowRoot!.querySelector('.count')!.textContent).to.equal('Tìm thấy 1 tin phù hợp');
    expect(grid.shadowRoot!.querySelectorAll('tin-card')).to.have.length(1);
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
