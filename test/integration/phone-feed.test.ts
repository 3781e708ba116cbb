// <tin-feed> on a phone, as portals lay out news: the first story large, the rest as rows with
// the image beside the title; on a wide screen, the grid of cards. Real viewport widths (the
// layout follows the screen), the classic script as a webmaster pastes it.
import { expect } from '@open-wc/testing';
import { openFrame, until } from '../helpers.js';

type Shift = { value: number; hadRecentInput: boolean };

/** A page with a feed that answers after `ms`, and the layout shifts the page records from its start. */
async function phonePage(width: number, ms = 400) {
  const opened = await openFrame('/test/pages/layout/narrow.html', { width, height: 800 });
  const win = opened.win as Window & typeof globalThis & { shifts: Shift[] };
  win.shifts = [];
  if (win.PerformanceObserver.supportedEntryTypes.includes('layout-shift'))
    new win.PerformanceObserver((list) => {
      for (const entry of list.getEntries()) win.shifts.push(entry as unknown as Shift);
    }).observe({ type: 'layout-shift' });
  opened.doc.body.innerHTML = `<tin-feed src="/__fault/slow-many?ms=${ms}&n=6&id=${Math.random()}" limit="6"></tin-feed>`;
  const feed = opened.doc.querySelector('tin-feed')!;
  const cards = () => [...feed.shadowRoot!.querySelectorAll('tin-card')];
  await until(() => cards().length === 6, 4000, 'six skeleton cards');
  return { ...opened, win, feed, cards };
}

const part = (card: Element, name: string) => card.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const box = (card: Element, name: string) => part(card, name).getBoundingClientRect();
const loaded = (cards: () => Element[]) =>
  until(() => cards().every((card) => card.shadowRoot?.querySelector('[part="link"]')), 6000, 'loaded cards');

describe('<tin-feed> on a phone', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('at 375 px: the first story large, the rest image-beside-title rows without summaries', async () => {
    const { cards, errors } = await phonePage(375);
    await loaded(cards);
    const [first, ...rest] = cards();
    // First: image above the title, as wide as the card, summary shown.
    expect(box(first!, 'media').bottom).to.be.at.most(box(first!, 'title').top + 0.5);
    expect(box(first!, 'media').width).to.be.closeTo(box(first!, 'card').width - 2, 2);
    expect(part(first!, 'summary').getBoundingClientRect().height).to.be.above(0);
    for (const card of rest) {
      const media = box(card, 'media');
      const title = box(card, 'title');
      expect(media.right, 'image beside the title').to.be.at.most(title.left);
      expect(media.top, 'side by side').to.be.below(title.bottom);
      expect(media.width, 'a thumbnail').to.be.below(box(card, 'card').width / 2);
      expect(getComputedStyle(part(card, 'summary')).display).to.equal('none');
    }
    // Rows are much shorter than the large first card: six stories are not six screens.
    expect(box(rest[0]!, 'card').height).to.be.below(box(first!, 'card').height / 2);
    expect(errors).to.deep.equal([]);
  });

  it('at 375 px: no layout shift when the stories replace the skeleton', async () => {
    const { win, cards } = await phonePage(375, 600);
    // The skeleton is already laid out as the phone layout: rows from the second card on.
    const skeleton = cards()[1]!;
    await until(() => skeleton.shadowRoot?.querySelector('.skeleton'), 2000, 'skeleton');
    expect(box(skeleton, 'media').right).to.be.at.most(box(skeleton, 'title').left);
    const heights = cards().map((card) => card.getBoundingClientRect().height);
    await loaded(cards);
    cards().forEach((card, i) =>
      expect(card.getBoundingClientRect().height, `card ${i + 1}`).to.be.closeTo(heights[i]!, 0.5),
    );
    // Only Chromium reports layout shifts (the heights above are the check everywhere), two frames
    // after the change. A test tab in the background may get no frames at all (the suite runs tabs
    // side by side), so the wait for them is capped; what shifts were reported are still summed.
    if (win.PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
      await Promise.race([
        new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve))),
        new Promise((resolve) => setTimeout(resolve, 1000)),
      ]);
      expect(win.shifts.filter((s) => !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0)).to.equal(0);
    }
  });

  it('at 1000 px: the grid of cards, every card with its image above the title', async () => {
    const { cards } = await phonePage(1000);
    await loaded(cards);
    const tops = new Set(cards().map((card) => Math.round(card.getBoundingClientRect().top)));
    expect(tops.size).to.equal(2);
    for (const card of cards()) {
      expect(box(card, 'media').bottom).to.be.at.most(box(card, 'title').top + 0.5);
      expect(getComputedStyle(part(card, 'summary')).display).to.not.equal('none');
    }
  });

  it('layout="compact" keeps its own layout on a phone', async () => {
    const { doc, cards } = await phonePage(375);
    doc.querySelector('tin-feed')!.setAttribute('layout', 'compact');
    await loaded(cards);
    for (const card of cards()) expect(card.shadowRoot!.querySelector('[part="media"]')).to.equal(null);
  });
});
