// The demo's snippet builder: what a webmaster copies must look exactly like the preview. Each
// case renders the preview as the demo does, pastes the snippet into a page of its own (with the
// classic script, as a portal would), and compares what the two widgets draw.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { describe as describeSnippet, previewOf, snippetText, type Choices } from '../../demo/snippet.js';
import { loadFeed } from '../../src/feed/loader.js';
import type { Article } from '../../src/feed/model.js';
import { parseJsonFeed } from '../../src/index.js';
import { defined, freshCaches, until, paste } from '../helpers.js';

const FEED = new URL('/test/pages/host/feed.json', location.href).href;
const SCRIPT = { url: new URL('/dist/cdn/tin-widgets.iife.js', location.href).href };
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

/** The SRI value of a file as the browser will check it. */
async function sha384(url: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-384', await (await fetch(url)).arrayBuffer());
  return `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
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
    ['numbered pages on a list', { paging: true }],
    ['numbered pages on a grid, blue theme', { element: 'tin-feed', paging: true, theme: 'blue' }],
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

      const frame = await paste(snippetText(described, SCRIPT));
      const pasted = frame.contentDocument!.querySelector(described.tag)!;
      await until(() => frame.contentWindow!.customElements.get(described.tag), 6000, 'the classic script');
      const copy = await look(pasted);

      expect(copy.text).to.equal(preview.text);
      expect(copy.parts).to.deep.equal(preview.parts);
      // And the choice is really there, not two defaults agreeing.
      if (choices.theme === 'red') expect(preview.parts.join()).to.contain('linear-gradient');
      if (choices.accent === '#00695c') expect(described.css).to.contain('--tin-accent: #00695c');
      if (choices.lang === 'en') expect(preview.text).to.contain('Show more');
      if (choices.paging) {
        expect(described.attributes).to.deep.include(['paging', 'pages']);
        expect(preview.parts.join()).to.contain('pagination');
        expect(preview.text).to.contain('Trang sau');
      }
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

  it('writes what an open article shows (related-count, embed-hosts) for an article or a grid, and a proxy for any', () => {
    const names = (choices: Partial<Choices>) =>
      describeSnippet({ ...base, ...choices }, 'tin-1').attributes.map(([name, value]) => `${name}=${value}`);
    const open = { relatedCount: '0', embedHosts: '  video.vanson.gov.vn   tv.example.vn ', proxy: '/proxy?url={url}' };
    expect(names({ ...open, element: 'tin-article' })).to.deep.equal([
      `src=${FEED}`,
      'item-id=tin-1',
      'proxy=/proxy?url={url}',
      'related-count=0',
      'embed-hosts=video.vanson.gov.vn tv.example.vn',
    ]);
    expect(names({ ...open, element: 'tin-list' })).to.deep.equal([`src=${FEED}`, 'limit=2', 'proxy=/proxy?url={url}']);
    // The default count, or junk, writes nothing.
    for (const relatedCount of ['3', '', '-1', 'abc'])
      expect(names({ element: 'tin-feed', relatedCount }), relatedCount).to.deep.equal([`src=${FEED}`, 'limit=2']);
  });

  describe('the fallback links it writes from the live feed', () => {
    beforeEach(freshCaches);

    it('writes the first `limit` articles as links, in the order the element shows them', async () => {
      const { items } = await loadFeed(FEED);
      const described = describeSnippet({ ...base, limit: '2' }, undefined, items);
      // Newest first, as <tin-list> orders them (the feed lists a, b, c; b is the newest).
      expect(described.fallback).to.deep.equal([
        { title: 'Đẩy mạnh chuyển đổi số trong cơ quan nhà nước', href: new URL('/test/pages/host/b.html', FEED).href },
        {
          title: 'Hội nghị sơ kết công tác thi đua khen thưởng 6 tháng đầu năm',
          href: new URL('/test/pages/host/a.html', FEED).href,
        },
      ]);
      const text = snippetText(described, SCRIPT);
      expect(text).to.contain(
        `<tin-list src="${FEED}" limit="2">\n  <ul>\n    <li><a href="${new URL('/test/pages/host/b.html', FEED).href}">Đẩy mạnh`,
      );
      // An article: the one its item-id names. A card (no item-id): the newest, past the offset.
      const article = describeSnippet({ ...base, element: 'tin-article' }, 'c', items);
      expect(article.fallback.map(({ title }) => title)).to.deep.equal([
        'Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa',
      ]);
      const card = describeSnippet({ ...base, element: 'tin-card' }, 'c', items);
      expect(card.fallback.map(({ title }) => title)).to.deep.equal(['Đẩy mạnh chuyển đổi số trong cơ quan nhà nước']);
      const past = describeSnippet({ ...base, element: 'tin-card', offset: '2' }, 'a', items);
      expect(past.fallback.map(({ title }) => title)).to.deep.equal([
        'Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa',
      ]);
      // A list past the offset starts where the element does.
      const list = describeSnippet({ ...base, offset: '1' }, undefined, items);
      expect(list.fallback.map(({ title }) => title)).to.deep.equal([
        'Hội nghị sơ kết công tác thi đua khen thưởng 6 tháng đầu năm',
        'Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa',
      ]);
    });

    it('writes hostile titles as text and links only what passes the URL allow-list', async () => {
      const feed = await parseJsonFeed(
        {
          version: 'https://jsonfeed.org/version/1.1',
          items: [
            {
              id: '1',
              url: 'https://tinh.example.gov.vn/tin?a=1&b="2"',
              title: '<img src=x onerror="window.__pwned=1">Tin & "trích dẫn"</a><script>window.__pwned=2</script>',
              date_published: '2026-11-20T09:00:00+07:00',
            },
            {
              id: '2',
              url: 'https://tinh.example.gov.vn/2',
              title: 'Tin thứ hai',
              date_published: '2026-11-19T09:00:00+07:00',
            },
          ],
        },
        FEED,
      );
      // What no parser lets through (it reads markup in a title as text, drops a javascript: link),
      // set by code: the builder still writes the title as text and leaves the link out.
      const hostile = '<img src=x onerror="window.__pwned=1">Tin & "trích dẫn" <script>window.__pwned=2</script>';
      const items: Article[] = [
        { ...feed.items[0]!, title: hostile },
        { ...feed.items[1]!, url: 'javascript:window.__pwned=3' },
      ];
      const described = describeSnippet({ ...base, limit: '5' }, undefined, items);
      expect(described.fallback[1]).to.deep.equal({ title: 'Tin thứ hai', href: undefined });
      const text = snippetText(described, SCRIPT);
      const inside = text.slice(text.indexOf('<tin-list'));
      expect(inside).to.not.contain('<img').and.not.contain('<script').and.not.contain('javascript:');
      expect(inside).to.contain('href="https://tinh.example.gov.vn/tin?a=1&amp;b=%222%22"');

      // Pasted into a page whose feed is dead: the fallback is what the visitor gets, as text.
      const dead = snippetText({ ...described, attributes: [['src', '/__fault/404?id=snippet-dead']] }, SCRIPT);
      const frame = await paste(dead);
      const win = frame.contentWindow as Window & { __pwned?: number };
      const pasted = frame.contentDocument!.querySelector('tin-list')!;
      await until(() => pasted.shadowRoot?.querySelector('[part="error"]'), 8000, 'the error');
      const links = [...pasted.querySelectorAll('ul > li')];
      expect(links.map((li) => li.textContent)).to.deep.equal([hostile, 'Tin thứ hai']);
      expect(links[0]!.querySelector('a')!.href).to.equal('https://tinh.example.gov.vn/tin?a=1&b=%222%22');
      expect(links[1]!.querySelector('a')).to.equal(null);
      expect(pasted.querySelector('img, script')).to.equal(null);
      expect(win.__pwned).to.equal(undefined);
      expect(pasted.querySelector('ul')!.getBoundingClientRect().height).to.be.above(0);
    });

    it('the preview holds the same fallback, built as nodes', async () => {
      const { items } = await loadFeed(FEED);
      const described = describeSnippet({ ...base, limit: '3' }, undefined, items);
      const preview = previewOf(described, sheet);
      expect(
        [...preview.querySelectorAll('ul > li > a')].map((a) => [a.textContent, a.getAttribute('href')]),
      ).to.deep.equal(described.fallback.map(({ title, href }) => [title, href]));
    });
  });

  describe('the script tag it writes', () => {
    it('with integrity and crossorigin: the file loads when the hash matches, and is refused when it does not', async () => {
      const url = new URL('/dist/cdn/tin-widgets.iife.js', location.href).href;
      const described = describeSnippet(base, undefined);
      const good = snippetText(described, { url, integrity: await sha384(url) });
      expect(good).to.match(
        /^<script src="[^"]+" integrity="sha384-[\w+/=]+" crossorigin="anonymous" defer><\/script>/,
      );
      const frame = await paste(good);
      await until(() => frame.contentWindow!.customElements.get('tin-list'), 6000, 'the checked script');
      frame.remove();

      const altered = snippetText(described, { url, integrity: `sha384-${btoa('x'.repeat(48))}` });
      const refused = await paste(altered);
      const script = refused.contentDocument!.querySelector('script')!;
      await new Promise((resolve) => {
        script.addEventListener('error', resolve, { once: true });
        // Already refused before the listener: the page's load event is then over too.
        if (refused.contentDocument!.readyState === 'complete') resolve(undefined);
      });
      expect(defined(refused.contentWindow!, 'tin-list')).to.equal(false);
    });

    it('an ES module entry is a module script', () => {
      const text = snippetText(describeSnippet(base, undefined), {
        url: 'https://cdn.example/tin-widgets/0.1.0/tin-widgets.js',
        module: true,
        integrity: 'sha384-abc',
      });
      expect(text).to.contain(
        '<script type="module" src="https://cdn.example/tin-widgets/0.1.0/tin-widgets.js" integrity="sha384-abc" crossorigin="anonymous"></script>',
      );
    });
  });
});
