// The paste-able classic tag (tin-widgets.classic.js) under each policy a portal may send: it loads
// the ES module (only the chunks the page uses), and only where that cannot load — files on another
// host without CORS headers — the one-file build. Pages: test/pages/classic/; their policies:
// web-test-runner.config.mjs.
import { expect } from '@open-wc/testing';
import { openFrame, until } from '../helpers.js';

interface PageWindow extends Window {
  __violations: string[];
  __errors: string[];
}

async function openClassicPage(name: string) {
  const opened = await openFrame<PageWindow & typeof globalThis>(`/test/pages/classic/${name}.html`);
  const { doc } = opened;
  const shadow = (selector: string) => doc.querySelector(selector)?.shadowRoot;
  await until(
    () =>
      shadow('tin-card')?.querySelector('[part="link"]') &&
      shadow('tin-list')?.querySelector('[part="item"]') &&
      shadow('tin-article')?.querySelector('[part="body"] p'),
    8000,
    `card, list and article rendered on ${name}.html`,
  );
  const files = opened.win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.pathname.startsWith('/dist/cdn/'))
    .map((url) => url.pathname.slice('/dist/cdn/'.length));
  return { ...opened, files, articleText: shadow('tin-article')!.querySelector('[part="body"]')!.textContent };
}

// The test server adds its own web-socket script to every HTML page, without the page's nonce: the
// one violation that is not about the library (any other script, ours included, still counts).
const ours = (violations: string[]) =>
  violations.filter((violation) => !/^script-src-elem \S+\/__web-dev-server__web-socket\.js /.test(violation));

const moduleRoute = (files: string[]) => {
  expect(files, 'the ES entry').to.include('tin-widgets.js');
  expect(
    files.some((file) => /^chunks\/core-/.test(file)),
    'the core chunk',
  ).to.equal(true);
  expect(files, 'never the one-file build').to.not.include('tin-widgets.iife.js');
};

describe('the classic tag (tin-widgets.classic.js)', () => {
  for (const [page, policy] of [
    ['self', "script-src 'self'"],
    ['nonce', 'a nonce'],
    ['strict-dynamic', "a nonce with 'strict-dynamic'"],
    ['trusted-types', 'the documented Trusted Types policy'],
  ] as const) {
    it(`loads the ES module under ${policy}, with no violation and no error`, async () => {
      const { win, files, errors, articleText } = await openClassicPage(page);
      moduleRoute(files);
      expect(articleText).to.contain('Nội dung bài viết qua thẻ script cổ điển.');
      expect(ours(win.__violations)).to.deep.equal([]);
      expect([...win.__errors, ...errors]).to.deep.equal([]);
    });
  }

  it('falls back to the one-file build when the files are on another host without CORS headers', async () => {
    const { win, files, errors, articleText } = await openClassicPage('other-host');
    // The module was tried first (and refused by CORS), then the one-file build did the work.
    expect(files).to.include('tin-widgets.classic.js');
    expect(files).to.include('tin-widgets.iife.js');
    expect(files.some((file) => file.startsWith('chunks/'))).to.equal(false);
    expect(articleText).to.contain('Nội dung bài viết qua thẻ script cổ điển.');
    expect(ours(win.__violations)).to.deep.equal([]);
    expect([...win.__errors, ...errors]).to.deep.equal([]);
  });
});
