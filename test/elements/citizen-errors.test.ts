// What a visitor reads when the news cannot be shown (issue 14, item 7): a sentence for citizens,
// with no "nguồn tin" (an informant, to a newsroom) and no status code; the technical cause goes
// to the console and to tin-error, where the webmaster looks.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/tin-list/define.js';
import type { TinList } from '../../src/elements/tin-list/tin-list.js';
import type { TinErrorDetail, TinErrorEvent } from '../../src/events.js';
import { freshCaches, shadowText, until } from '../helpers.js';

let unique = 0;
const fault404 = () => `/__fault/404?id=citizen-${Date.now().toString(36)}-${++unique}`;

describe('errors worded for citizens', () => {
  beforeEach(freshCaches);

  for (const [lang, sentence] of [
    ['vi', 'Hiện không hiển thị được tin bài. Mong bạn đọc thông cảm.'],
    ['en', 'The news cannot be shown at the moment. We apologise for the inconvenience.'],
  ] as const) {
    it(`a 404 (${lang}): the sentence on screen, the cause in the console and in tin-error`, async () => {
      const url = fault404();
      const warnings: string[] = [];
      const errors: TinErrorDetail[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
      try {
        const el = await fixture<TinList>(html`<tin-list lang=${lang} src=${url}
          @tin-error=${(e: TinErrorEvent) => errors.push(e.detail)}></tin-list>`);
        await until(() => el.shadowRoot!.querySelector('[part="error"]'), 8000, 'the error');
        const text = shadowText(el);
        expect(text).to.contain(sentence);
        expect(text).not.to.match(/nguồn tin|news source|404|HTTP|__fault/i);
        await expect(el).to.be.accessible();
      } finally {
        console.warn = original;
      }
      expect(errors).to.have.length(1);
      expect(errors[0]!).to.include({ kind: 'http', status: 404, message: 'HTTP 404' });
      const cause = warnings.find((line) => line.includes('Could not load'));
      expect(cause, warnings.join('\n')).to.be.a('string');
      expect(cause).to.contain(new URL(url, document.baseURI).href).and.contain('HTTP 404');
    });
  }
});
