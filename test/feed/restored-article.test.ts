// A copy of the feed another page of the visit stored paints at once, while the request is out:
// the article it holds shows its body (sanitised), not a stand-in.
import { expect } from '@open-wc/testing';
import '../../src/elements/tin-article/define.js';
import { writeStored } from '../../src/feed/session-cache.js';
import { freshCaches, until } from '../helpers.js';

describe('an article restored from sessionStorage', () => {
  beforeEach(freshCaches);
  it('shows the stored body, sanitised, while the request is out', async () => {
    const url = `/__fault/slow?ms=3000&id=restore-${Math.random()}`;
    const abs = new URL(url, document.baseURI).href;
    const body = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Bản cũ',
      items: [{ id: '1', title: 'Bản tin số 1', summary: 'Tóm tắt cũ.', content_html: '<p>Nội dung đã lưu.</p>' }],
    });
    writeStored(abs, { body, fetchedAt: Date.now(), base: abs });
    const el = document.createElement('tin-article');
    el.src = url;
    el.itemId = '1';
    document.body.append(el);
    try {
      await until(() => el.shadowRoot!.querySelector('h1')?.textContent === 'Bản tin số 1', 2500, 'restored');
      await until(() => el.shadowRoot!.querySelector('[part="body"] p'), 2000, 'the restored body');
      expect(el.shadowRoot!.querySelector('[part="body"]')!.textContent).to.contain('Nội dung đã lưu.');
    } finally {
      el.remove();
    }
  });
});
