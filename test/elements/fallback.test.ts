// The no-JS fallback a webmaster writes inside an element (issue 16): hidden while the feed is
// shown, kept in view, under the error, when the feed fails, whatever the failure; never copied
// into the shadow root (it is the host page's own markup, shown through a slot).
import { expect, fixture } from '@open-wc/testing';
import '../../src/define.js';
import type { SourceElement } from '../../src/elements/source-element.js';
import { freshCaches, until } from '../helpers.js';

let unique = 0;
const fault = (scenario: string) => `/__fault/${scenario}?id=fallback-${Date.now().toString(36)}-${++unique}`;

const FALLBACK = `<ul class="tin-fallback">
  <li><a href="/tin-tuc/hoi-nghi.html">Hội nghị sơ kết công tác cải cách hành chính</a></li>
  <li><a href="/tin-tuc/le-hoi.html">Khai mạc Lễ hội Văn hóa – Du lịch</a></li>
</ul>`;

/**
 * `<tag src=…>` with the fallback inside, as a webmaster pastes it. The element itself is the
 * fixture: fixture() then waits for its update, not for an animation frame (a background tab gets none).
 */
async function withFallback(tag: string, src: string, extra = ''): Promise<SourceElement> {
  return fixture<SourceElement>(
    `<${tag} src="${src}" ${extra} style="display: block; width: 900px">${FALLBACK}</${tag}>`,
  );
}

const fallbackOf = (el: Element) => el.querySelector<HTMLUListElement>('ul.tin-fallback')!;
/** Laid out (in the flat tree): an unslotted light-DOM child has no boxes at all. */
const shown = (node: Element) => node.getClientRects().length > 0 && node.getBoundingClientRect().height > 0;
const errorBox = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="error"]');

/** The error and the fallback, both in view, the error above it, the fallback slotted (not copied). */
async function expectErrorBesideFallback(el: SourceElement): Promise<void> {
  const box = await until(() => errorBox(el), 9000, `the error of <${el.localName}>`);
  await el.updateComplete;
  const list = fallbackOf(el);
  expect(shown(box), 'the error box').to.equal(true);
  expect(shown(list), 'the fallback').to.equal(true);
  expect(box.getBoundingClientRect().bottom).to.be.at.most(list.getBoundingClientRect().top);
  const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[part="fallback"]')!;
  expect(slot.assignedElements()).to.deep.equal([list]);
  // Its links are the page's own nodes, where the page put them.
  expect(list.parentElement).to.equal(el);
  expect(el.shadowRoot!.querySelector('a[href="/tin-tuc/hoi-nghi.html"]')).to.equal(null);
  expect(list.querySelectorAll('a')).to.have.length(2);
}

describe('the fallback written inside an element', function () {
  // Retries, a11y audits and a loaded machine: more than the default 10 s in Firefox and WebKit.
  this.timeout(30000);
  beforeEach(freshCaches);

  // One per kind a visitor can meet: HTTP, unreachable, not a feed, refused by CORS.
  for (const [scenario, kind] of [
    ['404', 'http'],
    ['reset', 'network'],
    ['html-200', 'parse'],
    ['cors', 'cors'],
  ] as const) {
    it(`stays in view under the error when the feed fails (${kind}: ${scenario}), and is accessible`, async () => {
      const kinds: string[] = [];
      const seen = (event: Event) => kinds.push((event as CustomEvent<{ kind: string }>).detail.kind);
      // The event bubbles out of the element, and may come before fixture() returns.
      document.addEventListener('tin-error', seen);
      try {
        const el = await withFallback('tin-list', fault(scenario));
        await expectErrorBesideFallback(el);
        await until(() => kinds.length, 9000, 'tin-error');
        expect(kinds).to.deep.equal([kind]);
        // The list's heading, then the alert; the page's links follow in the flat tree.
        expect(el.shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.match(/Các tin khác .*tin bài/);
        await expect(el).to.be.accessible();
      } finally {
        document.removeEventListener('tin-error', seen);
      }
    });
  }

  for (const [tag, extra] of [
    ['tin-card', 'item-id="1"'],
    ['tin-article', 'item-id="1"'],
    ['tin-feed', 'heading="Tin tức"'],
  ] as const) {
    it(`<${tag}> keeps it too when its feed fails`, async () => {
      const el = await withFallback(tag, fault('404'), extra);
      await expectErrorBesideFallback(el);
      await expect(el).to.be.accessible();
    });
  }

  it('is hidden while the feed loads and once it is shown; the feed’s items take its place', async () => {
    // The feed is held back until the skeleton has been looked at.
    const id = `fallback-gate-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    const el = await withFallback('tin-list', `/__fault/gate?id=${id}`);
    await el.updateComplete;
    await until(() => el.shadowRoot!.querySelector('.skeleton'), 4000, 'the skeleton (after its short delay)');
    expect(shown(fallbackOf(el)), 'fallback during the skeleton').to.equal(false);
    await fetch(`/__fault/gate-open?id=${id}`);
    await until(() => el.shadowRoot!.querySelector('[part="item"]'), 6000, 'the items');
    expect(shown(fallbackOf(el)), 'fallback beside the items').to.equal(false);
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    // Still in the page for crawlers and visitors without JavaScript.
    expect(fallbackOf(el).isConnected).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('a refresh that fails keeps the feed that was shown, not the fallback', async () => {
    const el = await withFallback('tin-list', fault('ok-then-500'));
    await until(() => el.shadowRoot!.querySelector('[part="item"]'), 6000, 'the items');
    el.reload();
    await until(() => el.shadowRoot!.querySelector('[part="stale-note"]'), 9000, 'the stale note');
    expect(el.shadowRoot!.querySelector('[part="item"]')!.textContent).to.contain('Bản tin số 1');
    expect(shown(fallbackOf(el))).to.equal(false);
    expect(errorBox(el)).to.equal(null);
  });

  it('an element without a fallback draws the error box alone, with no gap for it', async () => {
    const el = await fixture<SourceElement>(`<tin-list src="${fault('404')}"></tin-list>`);
    const box = await until(() => errorBox(el), 9000, 'the error');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('slot[part="fallback"]'), 'the slot').to.not.equal(null);
    expect(el.getBoundingClientRect().bottom - box.getBoundingClientRect().bottom).to.be.below(1);
  });

  it('a fallback added after the error was drawn (by a framework) shows under it, with the same gap', async () => {
    const el = await fixture<SourceElement>(`<tin-list src="${fault('404')}"></tin-list>`);
    const box = await until(() => errorBox(el), 9000, 'the error');
    await el.updateComplete;
    // A <div>, which has no margin of its own: the gap is the library's.
    el.insertAdjacentHTML('beforeend', '<div><a href="/tin-tuc/">Xem các tin bài</a></div>');
    const list = el.querySelector('div')!;
    expect(shown(list)).to.equal(true);
    const gap = list.getBoundingClientRect().top - box.getBoundingClientRect().bottom;
    expect(gap).to.be.above(parseFloat(getComputedStyle(el).fontSize) * 0.5);
  });
});
