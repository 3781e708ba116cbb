// The malformed-feed corpus: each case renders what it can, warns about the rest, and nothing
// throws — neither in the parser nor in an element, and no promise rejects unhandled.
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/elements/tin-list/define.js';
import type { TinList } from '../../src/elements/tin-list/tin-list.js';
import { FeedError } from '../../src/feed/model.js';
import { parseFeedText } from '../../src/feed/parse.js';
import { MALFORMED_FEEDS } from '../fixtures/malformed-feeds.js';
import { feedUrl } from '../fixtures/feeds.js';
import { freshCaches, until } from '../helpers.js';

const uncaught: string[] = [];
const onError = (event: ErrorEvent) => void uncaught.push(String(event.message));
const onRejection = (event: PromiseRejectionEvent) => void uncaught.push(String(event.reason));

describe('malformed feeds', function () {
  this.timeout(60000);
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  beforeEach(freshCaches);

  it(`has a corpus worth the name (${MALFORMED_FEEDS.length} cases)`, () => {
    expect(MALFORMED_FEEDS.length).to.be.at.least(40);
  });

  for (const testCase of MALFORMED_FEEDS) {
    it(`parser: ${testCase.name}`, async () => {
      const warnings: string[] = [];
      let outcome: string;
      try {
        const feed = await parseFeedText(testCase.body, 'https://tinh.example.gov.vn/feed.json', (m) =>
          warnings.push(m),
        );
        outcome = `items:${feed.items.length}`;
        for (const item of feed.items) {
          expect(typeof item.id).to.equal('string');
          expect(typeof item.title).to.equal('string');
          if (item.published) expect(Number.isNaN(item.published.getTime())).to.equal(false);
        }
      } catch (error) {
        expect(error, String(error)).to.be.instanceOf(FeedError);
        outcome = `error:${(error as FeedError).kind}`;
      }
      const expected =
        testCase.expect.kind === 'error' ? `error:${testCase.expect.errorKind}` : `items:${testCase.expect.count}`;
      expect(outcome).to.equal(expected);
    });
  }

  it('elements show every case as items, an empty state or a Vietnamese error, without throwing', async () => {
    // Huge cases are covered by the parser tests above; the element pass keeps to the rest.
    const cases = MALFORMED_FEEDS.filter((c) => c.body.length < 200_000);
    const page = fixtureSync<HTMLDivElement>(html`<div>
      ${cases.map((c) => html`<tin-list data-case=${c.name} limit="3" src=${feedUrl(c.body, 'application/json')}></tin-list>`)}
    </div>`);
    const lists = [...page.querySelectorAll<TinList>('tin-list')];
    const settled = (el: TinList) => el.shadowRoot?.querySelector('[part="item"], [part="empty"], [part="error"]');
    await until(() => lists.every(settled), 20000, 'every list settled');
    for (const [i, el] of lists.entries()) {
      const expected = cases[i]!.expect;
      const shown = settled(el)!.getAttribute('part');
      const want = expected.kind === 'error' ? 'error' : expected.count ? 'item' : 'empty';
      expect(shown, cases[i]!.name).to.equal(want);
      if (want === 'error')
        expect(el.shadowRoot!.textContent).to.contain('Hiện không hiển thị được tin bài. Mong bạn đọc thông cảm.');
    }
    // Once settled, a list's only work left is the loader's zero-delay storage write (queued before
    // it rendered) and the task that reports an unhandled rejection: 200 ms is past both.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(uncaught).to.deep.equal([]);
  });
});
