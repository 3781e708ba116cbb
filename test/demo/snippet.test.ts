// The demo's snippet builder: what a webmaster copies must look exactly like the preview. Each
// case renders the preview as the demo does, pastes the snippet into a page of its own (with the
// classic script, as a portal would), and compares what the two widgets draw.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { describe as describeSnippet, previewOf, snippetText, type Choices } from '../../demo/snippet.js';
import { until } from '../helpers.js';

const FEED = new URL('/test/pages/host/feed.json', location.href).href;
const SCRIPT = new URL('/dist/cdn/tin-widgets.iife.js', location.href).href;
const LOGO = new URL('/test/fixtures/anh.svg?logo', location.href).href;
const PROPERTIES = [
  'color',
  'background-color',
  'background-image',
  'border-top-left-radius',
  'border-bottom-color',
  'font-family',
  'text-transform',
  'padding-top',
] as const;

const base: Choices = {
  src: FEED,
  element: 'tin-list',
  layout: 'vertical',
  limit: '2',
  offset: '',
  newTab: false,
  fallbackImage: '',
  lazy: false,
  email: false,
  theme: '',
  accent: '#b3261e',
  dark: false,
  lang: 'vi',
};

/** The widget's shadow root and those of the widgets inside it (a feed's cards). */
const roots = (widget: Element): ShadowRoot[] => {
  const root = widget.shadowRoot;
  return root ? [root, ...[...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? roots(el) : []))] : [];
};

/** What a widget draws, once it has: its text and the look of each of its parts. */
async function look(widget: Element) {
  await until(
    () => roots(widget).some((root) => root.querySelector('[part~="link"]')),
    6000,
    `${widget.localName} drawn`,
  );
  const view = widget.ownerDocument.defaultView!;
  return {
    text: roots(widget)
      .map((root) => root.textContent)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
    parts: roots(widget).flatMap((root) =>
      [...root.querySelectorAll('[part]')].map((part) => {
        const style = view.getComputedStyle(part);
        return `${part.getAttribute('part')}: ${PROPERTIES.map((p) => style.getPropertyValue(p)).join(' | ')}`;
      }),
    ),
  };
}

describe('demo snippet builder', () => {
  const sheet = new CSSStyleSheet();
  afterEach(() => {
    document.querySelectorAll('iframe, .preview').forEach((node) => node.remove());
    sheet.replaceSync('');
  });

  const cases: [string, Partial<Choices>][] = [
    ['default look', {}],
    ['red theme on a list (custom properties and ::part rules)', { theme: 'red' }],
    [
      'blue theme on a feed with its own accent, dark',
      { element: 'tin-feed', theme: 'blue', accent: '#00695c', dark: true },
    ],
    ['horizontal cards in English', { element: 'tin-feed', layout: 'horizontal', lang: 'en' }],
    [
      'a card past the two newest, opening in a new tab, with a fallback image',
      { element: 'tin-card', offset: '2', newTab: true, fallbackImage: LOGO },
    ],
    ['a list past the newest, opening in a new tab', { element: 'tin-list', offset: '1', newTab: true }],
  ];
  for (const [name, choices] of cases) {
    it(`the pasted snippet looks like the preview: ${name}`, async () => {
      const described = describeSnippet({ ...base, ...choices }, undefined);
      const holder = document.createElement('div');
      holder.className = 'preview';
      document.body.append(holder);
      holder.append(previewOf(described, sheet));
      const preview = await look(holder.firstElementChild!);

      const frame = document.createElement('iframe');
      frame.style.cssText = 'width: 1000px; height: 800px; border: 0';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      // A page at a real address (deep links need one), rewritten to hold only the snippet.
      frame.src = '/test/pages/snippet/blank.html';
      document.body.append(frame);
      await loaded;
      const doc = frame.contentDocument!;
      doc.open();
      doc.write(`<!doctype html><html lang="vi"><body>${snippetText(described, SCRIPT)}</body></html>`);
      doc.close();
      const pasted = frame.contentDocument!.querySelector(described.tag)!;
      await until(() => frame.contentWindow!.customElements.get(described.tag), 6000, 'the classic script');
      const copy = await look(pasted);

      expect(copy.text).to.equal(preview.text);
      expect(copy.parts).to.deep.equal(preview.parts);
      // And the choice is really there, not two defaults agreeing.
      if (choices.theme === 'red') expect(preview.parts.join()).to.contain('linear-gradient');
      if (choices.accent === '#00695c') expect(described.css).to.contain('--tin-accent: #00695c');
      if (choices.lang === 'en') expect(preview.text).to.contain('Show more');
      if (choices.offset === '2') {
        // The third newest item, which has no image of its own: the fallback stands in.
        expect(preview.text).to.contain('Phát triển du lịch cộng đồng');
        const image = pasted.shadowRoot!.querySelector('img');
        expect(image?.getAttribute('src')).to.equal(LOGO);
      }
      if (choices.offset === '1') expect(preview.text).to.not.contain('Đẩy mạnh chuyển đổi số');
      if (choices.newTab)
        for (const link of pasted.shadowRoot!.querySelectorAll('[part~="link"]')) {
          expect(link.getAttribute('target')).to.equal('_blank');
          expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
        }
    });
  }

  it('writes the theme into the snippet, scoped to the widget it styles', () => {
    const { css, attributes } = describeSnippet({ ...base, theme: 'red' }, undefined);
    expect(css).to.contain('tin-list.tin-theme {');
    expect(css).to.contain('tin-list.tin-theme::part(heading)');
    expect(attributes).to.deep.include(['class', 'tin-theme']);
    const plain = describeSnippet(base, undefined);
    expect(plain.css).to.equal('');
    expect(plain.attributes.map(([n]) => n)).to.not.include('class');
  });

  it('writes each of the listing attributes only for the elements that have it', () => {
    const names = (choices: Partial<Choices>) =>
      describeSnippet({ ...base, ...choices }, 'tin-1').attributes.map(([name, value]) => `${name}=${value}`);
    const all = { offset: '3', newTab: true, fallbackImage: 'https://tinh.gov.vn/logo.png', lazy: true, email: true };
    expect(names({ ...all, element: 'tin-card' })).to.deep.equal([
      `src=${FEED}`,
      'offset=3',
      'link-target=_blank',
      'fallback-image=https://tinh.gov.vn/logo.png',
      'loading=lazy',
    ]);
    expect(names({ ...all, element: 'tin-list' })).to.deep.equal([
      `src=${FEED}`,
      'limit=2',
      'offset=3',
      'link-target=_blank',
      'loading=lazy',
    ]);
    // The grid opens its articles in place: no new tab for them.
    expect(names({ ...all, element: 'tin-feed' })).to.deep.equal([
      `src=${FEED}`,
      'limit=2',
      'offset=3',
      'fallback-image=https://tinh.gov.vn/logo.png',
      'loading=lazy',
    ]);
    expect(names({ ...all, element: 'tin-article' })).to.deep.equal([
      `src=${FEED}`,
      'item-id=tin-1',
      'tools=font print share listen email',
      'loading=lazy',
    ]);
    // A card needs no item-id: it shows the newest item.
    expect(names({ element: 'tin-card' })).to.deep.equal([`src=${FEED}`]);
    for (const offset of ['0', '-1', 'abc', '0.5'])
      expect(names({ element: 'tin-list', offset }), offset).to.deep.equal([`src=${FEED}`, 'limit=2']);
  });
});
