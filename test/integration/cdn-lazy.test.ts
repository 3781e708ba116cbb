// The CDN ES module on a page with only a <tin-feed> grid: the grid paints without the article view
// (and its sanitiser) being downloaded; opening a card loads it and shows the article.
import { expect } from '@open-wc/testing';
import { LAZY_CHUNKS } from '../../src/chunks.js';
import { openFrame, until } from '../helpers.js';

// The chunk files a clean JSON feed on a modern browser never needs: every lazy chunk but the elements'.
const onDemand = LAZY_CHUNKS.filter((chunk) => chunk.trigger !== 'element').map((chunk) => `${chunk.name}-`);

describe('CDN module: the grid does not wait for the article view', () => {
  it('paints the cards with <tin-article> still undefined, then opens an article on click', async () => {
    const { win, doc, errors } = await openFrame('/test/pages/cdn-grid/index.html');
    const feed = doc.querySelector('tin-feed')!;
    const cards = () => [...(feed.shadowRoot?.querySelectorAll('tin-card') ?? [])];
    await until(
      () => cards().length === 2 && cards().every((card) => card.shadowRoot?.querySelector('[part="link"]')),
      4000,
      'two cards with links',
    );
    expect(win.customElements.get('tin-article'), '<tin-article> defined before any article opened').to.equal(
      undefined,
    );
    // A clean Vietnamese JSON Feed needs none of the on-demand chunks.
    const chunks = win.performance.getEntriesByType('resource').map((entry) => entry.name.split('/').pop()!);
    expect(chunks.filter((name) => onDemand.some((prefix) => name.startsWith(prefix)))).to.deep.equal([]);
    expect(
      chunks.some((name) => name.startsWith('core-')),
      'the core chunk was requested',
    ).to.equal(true);

    const link = cards()[0]!.shadowRoot!.querySelector<HTMLAnchorElement>('[part="link"]')!;
    link.click();
    await until(
      () => feed.shadowRoot?.querySelector('tin-article')?.shadowRoot?.querySelector('[part="body"] p'),
      4000,
      'the opened article to render its body',
    );
    expect(win.customElements.get('tin-article'), '<tin-article> defined once an article opened').to.not.equal(
      undefined,
    );
    expect(win.location.hash).to.match(/^#tin=/);
    expect(errors).to.deep.equal([]);
  });

  it('opens a deep link (#tin=id) straight into the article on first load', async () => {
    const { doc, errors } = await openFrame('/test/pages/cdn-grid/index.html#tin=a');
    const feed = doc.querySelector('tin-feed')!;
    await until(
      () => feed.shadowRoot?.querySelector('tin-article')?.shadowRoot?.querySelector('[part="body"] p'),
      4000,
      'the deep-linked article to render',
    );
    expect(errors).to.deep.equal([]);
  });
});
