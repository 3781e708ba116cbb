// Whose language the widgets speak (issue 14, items 6 and 14): an explicit `lang` on the element or
// an ancestor other than <html>; else the language its feed declares; else <html lang>; else
// Vietnamese. The content carries its own `lang` (the feed's, or the item's), so screen readers
// read Vietnamese titles with a Vietnamese voice under an English interface.
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../src/define.js';
import type { TinCard } from '../../src/elements/tin-card/tin-card.js';
import type { TinFeed } from '../../src/elements/tin-feed/tin-feed.js';
import type { TinList } from '../../src/elements/tin-list/tin-list.js';
import { parseJsonFeed } from '../sync-parsers.js';
import { parseXmlFeed } from '../../src/feed/xml-feed.js';
import { inLocaleOf, msg } from '../../src/i18n/locale.js';
import { FULL_FEED, manyItemsFeed } from '../fixtures/feeds.js';
import { freshCaches, shadowText, until } from '../helpers.js';

const viFeed = parseJsonFeed(
  { ...manyItemsFeed(14), language: 'vi' },
  'https://tinh.example.gov.vn/feed.json',
  () => {},
);
const heading = (el: Element) => el.shadowRoot!.querySelector('[part="heading"]')?.textContent;
const moreText = (el: Element) => el.shadowRoot!.querySelector('[part~="more-button"]')?.textContent?.trim();

/** Runs `fn` with <html lang> set to `lang`, restoring it afterwards. */
async function underHtmlLang(lang: string, fn: () => Promise<void>): Promise<void> {
  const root = document.documentElement;
  const previous = root.getAttribute('lang');
  root.setAttribute('lang', lang);
  try {
    await fn();
  } finally {
    if (previous === null) root.removeAttribute('lang');
    else root.setAttribute('lang', previous);
  }
}

describe('the language widgets speak', () => {
  beforeEach(freshCaches);

  it('<html lang="en"> over a Vietnamese feed speaks Vietnamese', async () => {
    await underHtmlLang('en', async () => {
      const list = await fixture<TinList>(html`<tin-list .feed=${viFeed}></tin-list>`);
      const grid = await fixture<TinFeed>(html`<tin-feed limit="3" .feed=${viFeed}></tin-feed>`);
      expect(heading(list)).to.equal('Các tin khác');
      expect(moreText(grid)).to.equal('Xem thêm');
      await expect(grid).to.be.accessible();
    });
  });

  it('lang="en" on the element, or on an ancestor other than <html>, speaks English over the same feed', async () => {
    const list = await fixture<TinList>(html`<tin-list lang="en" .feed=${viFeed}></tin-list>`);
    await until(() => heading(list) === 'Other news', 4000, 'English heading');
    const wrapper = fixtureSync<HTMLElement>(
      html`<section lang="en"><tin-feed limit="3" .feed=${viFeed}></tin-feed></section>`,
    );
    const grid = wrapper.querySelector('tin-feed')!;
    await until(() => moreText(grid) === 'Show more', 4000, 'English "more"');
  });

  it('a feed that declares English speaks English under <html lang="vi">, and <html lang> decides for one that declares nothing', async () => {
    await underHtmlLang('vi', async () => {
      const en = parseJsonFeed({ ...FULL_FEED, language: 'en-GB' }, undefined, () => {});
      const list = await fixture<TinList>(html`<tin-list .feed=${en}></tin-list>`);
      await until(() => heading(list) === 'Other news', 4000, 'English heading');
      const silent = parseJsonFeed({ ...FULL_FEED, language: undefined }, undefined, () => {});
      const other = await fixture<TinList>(html`<tin-list .feed=${silent}></tin-list>`);
      expect(heading(other)).to.equal('Các tin khác');
      // A language the widgets do not speak falls through to <html lang>.
      const french = parseJsonFeed({ ...FULL_FEED, language: 'fr' }, undefined, () => {});
      const third = await fixture<TinList>(html`<tin-list .feed=${french}></tin-list>`);
      expect(heading(third)).to.equal('Các tin khác');
    });
    await underHtmlLang('en', async () => {
      const silent = parseJsonFeed({ ...FULL_FEED, language: undefined }, undefined, () => {});
      const list = await fixture<TinList>(html`<tin-list .feed=${silent}></tin-list>`);
      await until(() => heading(list) === 'Other news', 4000, 'English heading');
    });
  });

  it('puts the content’s language on titles and summaries, apart from the English labels', async () => {
    const list = await fixture<TinList>(html`<tin-list lang="en" .feed=${viFeed}></tin-list>`);
    await until(() => heading(list) === 'Other news');
    const links = [...list.shadowRoot!.querySelectorAll('[part="link"]')];
    expect(links).to.have.length(5);
    expect(links.every((a) => a.getAttribute('lang') === 'vi')).to.equal(true);
    expect(list.shadowRoot!.querySelector('[part="heading"]')!.closest('[lang]')).to.equal(null);

    const grid = await fixture<TinFeed>(html`<tin-feed lang="en" limit="2" .feed=${viFeed}></tin-feed>`);
    await until(() => moreText(grid) === 'Show more');
    const card = grid.shadowRoot!.querySelector<TinCard>('tin-card[data-id]')!;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part="title"]')!.getAttribute('lang')).to.equal('vi');
    expect(card.shadowRoot!.querySelector('[part="summary"]')!.getAttribute('lang')).to.equal('vi');
    // An item in another language than its feed keeps its own.
    const mixed = parseJsonFeed(
      { language: 'vi', items: [{ id: 'x', title: 'Investment forum', language: 'en', url: 'https://a.vn/x' }] },
      undefined,
      () => {},
    );
    const one = await fixture<TinCard>(html`<tin-card .article=${mixed.items[0]}></tin-card>`);
    expect(one.shadowRoot!.querySelector('[part="title"]')!.getAttribute('lang')).to.equal('en');
  });

  it('items take their feed’s language: JSON Feed `language`, RSS <language>, Atom xml:lang', () => {
    expect(viFeed.items.every((item) => item.language === 'vi')).to.equal(true);
    const rss = parseXmlFeed(
      '<rss version="2.0"><channel><title>T</title><language>vi-VN</language><item><guid>1</guid><title>Tin</title></item></channel></rss>',
    );
    expect(rss.items[0]!.language).to.equal('vi-VN');
    const atom = parseXmlFeed(
      '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi"><title>T</title><id>f</id><entry><id>1</id><title>Tin</title></entry><entry xml:lang="en"><id>2</id><title>News</title></entry></feed>',
    );
    expect(atom.items.map((item) => item.language)).to.deep.equal(['vi', 'en']);
  });

  it('a handler’s msg() after an await speaks its element’s language while another element speaks the other', async () => {
    const wrapper = fixtureSync<HTMLElement>(html`<div>
      <tin-list lang="en" .feed=${viFeed}></tin-list>
      <tin-list lang="vi" .feed=${viFeed}></tin-list>
    </div>`);
    const [en, vi] = [...wrapper.querySelectorAll<TinList>('tin-list')] as [TinList, TinList];
    await until(() => heading(en) === 'Other news' && heading(vi) === 'Các tin khác');
    const said: string[] = [];
    const handler = (el: TinList, other: TinList) => async () => {
      await new Promise((resolve) => setTimeout(resolve));
      // Meanwhile the other element renders, in its own language.
      other.requestUpdate();
      await other.updateComplete;
      said.push(inLocaleOf(el, () => msg('Xem thêm', { id: 'more' })));
    };
    en.addEventListener('click', handler(en, vi));
    vi.addEventListener('click', handler(vi, en));
    en.click();
    vi.click();
    await until(() => said.length === 2, 4000, 'both handlers');
    expect(said.sort()).to.deep.equal(['Show more', 'Xem thêm']);
    // Outside any element's scope, msg() has no element to ask: the source language.
    expect(msg('Xem thêm', { id: 'more' })).to.equal('Xem thêm');
  });

  it('writes "Thứ ba, 25/01/2022 16:22" in Vietnamese and its English under lang="en"', async () => {
    const tuesday = parseJsonFeed(
      { language: 'vi', items: [{ id: 't', title: 'Tin', date_published: '2022-01-25T16:22:00+07:00' }] },
      undefined,
      () => {},
    ).items[0];
    const pattern = 'EEEE, dd/MM/yyyy HH:mm';
    const vi = await fixture<TinCard>(html`<tin-card date-format=${pattern} .article=${tuesday}></tin-card>`);
    expect(vi.shadowRoot!.querySelector('time')!.textContent).to.equal('Thứ ba, 25/01/2022 16:22');
    const en = await fixture<TinCard>(html`<tin-card lang="en" date-format=${pattern} .article=${tuesday}></tin-card>`);
    await until(() => en.shadowRoot!.querySelector('time')?.textContent === 'Tuesday, 25/01/2022 16:22');
    expect(shadowText(en)).to.contain('Tuesday, 25/01/2022 16:22');
  });
});
