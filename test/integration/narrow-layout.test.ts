// Feed content cannot break the host's layout: on a 375 px phone page, long words, URLs, <pre>,
// tags, author names, attachment names, wide tables and images and a table a million pixels tall
// stay inside the widget (test/pages/layout/feed.json holds each case).
import { expect } from '@open-wc/testing';
import { openFrame, until } from '../helpers.js';

const FEED = '/test/pages/layout/feed.json';

/** The frame's document may not scroll sideways, nor grow to the height a feed asked for. */
function expectFits(doc: Document, what: string): void {
  const root = doc.documentElement;
  expect(root.scrollWidth, `${what}: page width`).to.equal(root.clientWidth);
  expect(root.scrollHeight, `${what}: page height`).to.be.below(60_000);
}

async function page(markup: string) {
  const opened = await openFrame('/test/pages/layout/narrow.html', { width: 375, height: 700 });
  opened.doc.body.innerHTML = markup;
  return opened;
}

const shadow = (doc: Document, selector: string) => doc.querySelector(selector)!.shadowRoot!;

describe('feed content on a 375 px page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('<tin-article>: long words, URLs, <pre>, tables, images, tags, author and attachment names', async () => {
    const { doc, errors } = await page(`<tin-article src="${FEED}" item-id="l0"></tin-article>`);
    const root = await until(
      () => {
        const r = doc.querySelector('tin-article')?.shadowRoot;
        return r?.querySelector('[part="body"] pre') &&
          r.querySelector('tin-list')?.shadowRoot?.querySelector('[part="item"]')
          ? r
          : undefined;
      },
      6000,
      'the article with its body and other news',
    );
    expectFits(doc, 'article');
    // The wide things scroll or shrink inside the column instead.
    const column = root.querySelector('[part="article"]')!.getBoundingClientRect().width;
    for (const selector of ['pre', '.table-wrap', 'img']) {
      const box = root.querySelector(`[part="body"] ${selector}`)!.getBoundingClientRect();
      expect(box.width, selector).to.be.at.most(column + 0.5);
    }
    expect(errors).to.deep.equal([]);
  });

  it('<tin-card>, <tin-list> and <tin-feed>: long titles, summaries and dates', async () => {
    const { doc, errors } = await page(
      `<tin-card src="${FEED}" item-id="l1"></tin-card><tin-list src="${FEED}" limit="6"></tin-list><tin-feed src="${FEED}" limit="4" searchable></tin-feed>`,
    );
    await until(
      () =>
        shadow(doc, 'tin-card').querySelector('[part="link"]') &&
        shadow(doc, 'tin-list').querySelectorAll('[part="item"]').length === 6 &&
        [...shadow(doc, 'tin-feed').querySelectorAll('tin-card')].filter((card) =>
          card.shadowRoot?.querySelector('[part="link"]'),
        ).length === 4,
      6000,
      'card, list and grid',
    );
    expectFits(doc, 'card, list, grid');
    expect(errors).to.deep.equal([]);
  });

  it('an article opened inside <tin-feed>', async () => {
    const { doc, win } = await page(`<tin-feed src="${FEED}" limit="2"></tin-feed>`);
    win.location.hash = 'tin=l2';
    await until(
      () => shadow(doc, 'tin-feed').querySelector('tin-article')?.shadowRoot?.querySelector('[part="body"] pre'),
      6000,
      'the open article',
    );
    expectFits(doc, 'open article');
  });
});
