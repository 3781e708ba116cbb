// Heading levels never skip (issue 14, item 15): without a visible heading, card titles take the
// level below the page's last heading before the widget; `heading-level` still decides when set.
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../src/define.js';
import type { TinCard } from '../../src/elements/tin-card/tin-card.js';
import type { TinFeed } from '../../src/elements/tin-feed/tin-feed.js';
import { parseJsonFeed } from '../sync-parsers.js';
import { FULL_FEED, feedUrl } from '../fixtures/feeds.js';
import { freshCaches, until } from '../helpers.js';

const feed = parseJsonFeed(FULL_FEED, 'https://tinh.example.gov.vn/feed.json', () => {});

/** The aria-level of each card title in a grid, once the cards show articles. */
async function cardLevels(grid: TinFeed): Promise<string[]> {
  const cards = await until(
    () => {
      const shown = [...grid.shadowRoot!.querySelectorAll<TinCard>('tin-card[data-id]')];
      return shown.length > 0 && shown.every((card) => card.shadowRoot?.querySelector('[part="link"]'))
        ? shown
        : undefined;
    },
    4000,
    'cards',
  );
  return cards.map((card) => card.shadowRoot!.querySelector('[part="title"]')!.getAttribute('aria-level')!);
}

describe('heading levels', () => {
  beforeEach(freshCaches);

  it("the README's paste-and-go snippet under an <h1> titles its cards at level 2 and passes axe, heading-order included", async () => {
    const page = fixtureSync<HTMLElement>(html`<main>
      <h1>Tin tức - Sự kiện</h1>
      <tin-feed src=${feedUrl(FULL_FEED)} limit="9" columns="3"></tin-feed>
    </main>`);
    const grid = page.querySelector('tin-feed')!;
    expect(await cardLevels(grid)).to.deep.equal(['2', '2', '2']);
    await expect(page).to.be.accessible();
  });

  it('axe does check heading-order here: a skip it must report', async () => {
    const page = fixtureSync<HTMLElement>(html`<main>
      <h1>Tin tức - Sự kiện</h1>
      <tin-feed heading-level="3" .feed=${feed}></tin-feed>
    </main>`);
    // heading-level="3" with no heading drawn: cards at 4, under an h1.
    expect(await cardLevels(page.querySelector('tin-feed')!)).to.deep.equal(['4', '4', '4']);
    await expect(page).not.to.be.accessible();
    await expect(page).to.be.accessible({ ignoredRules: ['heading-order'] });
  });

  it('follows the nearest preceding heading, through role="heading" and a host’s shadow root', async () => {
    const underH2 = fixtureSync<HTMLElement>(html`<div>
      <h1>Cổng thông tin</h1><h2>Chuyên mục</h2><p>Giới thiệu</p>
      <tin-feed .feed=${feed}></tin-feed>
    </div>`);
    expect(await cardLevels(underH2.querySelector('tin-feed')!)).to.deep.equal(['3', '3', '3']);
    await expect(underH2).to.be.accessible();

    const aria = fixtureSync<HTMLElement>(html`<div>
      <div role="heading" aria-level="3">Tin mới</div>
      <tin-feed .feed=${feed}></tin-feed>
    </div>`);
    expect(await cardLevels(aria.querySelector('tin-feed')!)).to.deep.equal(['4', '4', '4']);

    // A host app's component that renders the grid in its own shadow root, under the page's <h2>.
    const host = fixtureSync<HTMLElement>(html`<div><h2>Tin tức</h2><div class="app"></div></div>`);
    const root = host.querySelector('.app')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Bản tin</p><tin-feed></tin-feed>';
    const nested = root.querySelector<TinFeed>('tin-feed')!;
    nested.feed = feed;
    expect(await cardLevels(nested)).to.deep.equal(['3', '3', '3']);
  });

  it('with a heading, the heading sits below the page’s and the cards below it; heading-level still decides', async () => {
    const page = fixtureSync<HTMLElement>(html`<div>
      <h1>Cổng</h1>
      <tin-feed heading="Tin tức" .feed=${feed}></tin-feed>
    </div>`);
    const grid = page.querySelector('tin-feed')!;
    expect(await cardLevels(grid)).to.deep.equal(['3', '3', '3']);
    expect(grid.shadowRoot!.querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('2');
    await expect(page).to.be.accessible();

    const fixed = await fixture<TinFeed>(html`<tin-feed heading="Tin" heading-level="4" .feed=${feed}></tin-feed>`);
    expect(await cardLevels(fixed)).to.deep.equal(['5', '5', '5']);
  });

  it('a standalone card takes the level below the page’s, unless heading-level says otherwise', async () => {
    const page = fixtureSync<HTMLElement>(html`<div>
      <h1>Cổng</h1>
      <tin-card .article=${feed.items[0]}></tin-card>
      <h2>Văn bản</h2>
      <tin-card .article=${feed.items[1]}></tin-card>
      <tin-card heading-level="5" .article=${feed.items[2]}></tin-card>
    </div>`);
    const cards = [...page.querySelectorAll<TinCard>('tin-card')];
    await Promise.all(cards.map((card) => card.updateComplete));
    const levels = cards.map((card) => card.shadowRoot!.querySelector('[part="title"]')!.getAttribute('aria-level'));
    expect(levels).to.deep.equal(['2', '3', '5']);
  });
});
