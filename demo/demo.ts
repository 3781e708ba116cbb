/// <reference types="vite/client" />
// The demo page: registers the elements from source (the published bundle in the built demo),
// switches language, and runs the snippet configurator. No framework: the library is enough.
import '../src/define.js';

type Lang = 'vi' | 'en';

const TEXT: Record<string, Record<Lang, string>> = {
  tagline: {
    vi: 'Tin tức cho cổng thông tin điện tử — một thẻ script, một thẻ HTML',
    en: 'News for government portals — one script tag, one HTML tag',
  },
  'nav-feed': { vi: 'Trang tin tức đầy đủ', en: 'Full news page' },
  'nav-home': { vi: 'Trang giới thiệu', en: 'Overview' },
  'feed-sub': { vi: '<tin-feed>: cả chuyên mục tin bằng một thẻ', en: '<tin-feed>: a whole news section in one tag' },
  'intro-title': {
    vi: 'Hiển thị tin bài từ nguồn tin (JSON Feed, RSS, Atom) trên mọi cổng thông tin',
    en: 'Show news from a feed (JSON Feed, RSS, Atom) on any portal',
  },
  'intro-text': {
    vi: 'Dán một thẻ script và một thẻ như <tin-feed> vào trang: thẻ tin, bài viết đầy đủ và danh sách “Các tin khác”, tiếng Việt trước tiên, giờ Việt Nam, không phá vỡ giao diện trang chủ.',
    en: 'Paste one script tag and one element such as <tin-feed>: news cards, the full article and the “Other news” list, Vietnamese first, in Vietnam time, without breaking the host page.',
  },
  'config-title': { vi: 'Tạo mã nhúng', en: 'Build your snippet' },
  'config-text': {
    vi: 'Chọn nguồn tin, kiểu hiển thị và màu sắc; xem kết quả ngay và sao chép đoạn mã để dán vào trang.',
    en: 'Choose the feed, the element and colours; see the result live and copy the snippet into your page.',
  },
  'cfg-src': { vi: 'Địa chỉ nguồn tin', en: 'Feed URL' },
  'cfg-element': { vi: 'Thành phần', en: 'Element' },
  'cfg-layout': { vi: 'Kiểu thẻ', en: 'Card layout' },
  'cfg-limit': { vi: 'Số tin', en: 'Number of items' },
  'cfg-theme': { vi: 'Giao diện', en: 'Theme' },
  'cfg-accent': { vi: 'Màu nhấn', en: 'Accent colour' },
  'cfg-dark': { vi: 'Nền tối', en: 'Dark background' },
  'cfg-snippet': { vi: 'Mã nhúng', en: 'Snippet' },
  'cfg-copy': { vi: 'Sao chép', en: 'Copy' },
  copied: { vi: 'Đã sao chép đoạn mã.', en: 'Snippet copied.' },
  footer: {
    vi: 'Nội dung mẫu là hư cấu, chỉ dùng để minh họa.',
    en: 'Sample content is fictional, for illustration only.',
  },
};

const FEED_URL = new URL('./feed.json', location.href).href;
// The built demo ships the classic bundle beside itself; in development it is built into dist/.
const SCRIPT_URL = new URL(
  import.meta.env.DEV ? '/dist/cdn/tin-widgets.iife.js' : './cdn/tin-widgets.iife.js',
  location.href,
).href;

function setLanguage(lang: Lang): void {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const text = TEXT[el.dataset['i18n']!]?.[lang];
    if (text) el.textContent = text;
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset['lang'] === lang));
  }
  try {
    localStorage.setItem('tin-demo-lang', lang);
  } catch {
    /* private mode */
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => setLanguage(button.dataset['lang'] as Lang));
}
const savedLang = (() => {
  try {
    return localStorage.getItem('tin-demo-lang');
  } catch {
    return null;
  }
})();
if (savedLang === 'en' || savedLang === 'vi') setLanguage(savedLang);

// --- page themes: ?theme=red|blue and ?scheme=dark restyle every widget on the page ---------
const params = new URLSearchParams(location.search);
const pageTheme = params.get('theme');
if (pageTheme === 'red' || pageTheme === 'blue') document.body.classList.add(`theme-${pageTheme}`);
if (params.get('scheme') === 'dark') {
  document.body.classList.add('page-dark');
  for (const el of document.querySelectorAll('tin-card, tin-list, tin-article, tin-feed'))
    el.setAttribute('color-scheme', 'dark');
}

// --- configurator ---------------------------------------------------------------------------
const form = document.querySelector<HTMLFormElement>('#config');
const preview = document.querySelector<HTMLElement>('#preview');
const snippet = document.querySelector<HTMLElement>('#snippet');

function buildSnippet(
  values: Record<string, string>,
  firstId: string | undefined,
): { tag: string; attrs: [string, string][]; style: string } {
  const tag = values['element'] ?? 'tin-feed';
  const attrs: [string, string][] = [['src', values['src'] || FEED_URL]];
  if (tag === 'tin-card' || tag === 'tin-article') attrs.push(['item-id', firstId ?? '']);
  if (tag === 'tin-card' || tag === 'tin-feed') attrs.push(['layout', values['layout'] ?? 'vertical']);
  if (tag === 'tin-list' || tag === 'tin-feed') attrs.push(['limit', values['limit'] ?? '6']);
  if (values['dark']) attrs.push(['color-scheme', 'dark']);
  const style = values['accent'] && values['accent'] !== '#b3261e' ? `--tin-accent: ${values['accent']}` : '';
  return { tag, attrs, style };
}

let firstId: string | undefined;

function render(): void {
  if (!form || !preview || !snippet) return;
  const data = new FormData(form);
  const values = Object.fromEntries([...data.entries()].map(([k, v]) => [k, String(v)]));
  const { tag, attrs, style } = buildSnippet(values, firstId);
  const element = document.createElement(tag);
  for (const [name, value] of attrs) element.setAttribute(name, value);
  // CSSOM, not a style attribute: the demo runs under a strict CSP too.
  if (style) element.style.setProperty('--tin-accent', values['accent']!);
  preview.className = `preview ${values['theme'] ?? ''} ${values['dark'] ? 'dark' : ''}`;
  preview.replaceChildren(element);
  const attrText = attrs.map(([n, v]) => ` ${n}="${v.replace(/"/g, '&quot;')}"`).join('');
  const styleText = style ? ` style="${style}"` : '';
  snippet.textContent = `<script src="${SCRIPT_URL}" defer></script>\n<${tag}${attrText}${styleText}></${tag}>`;
}

if (form) {
  const src = form.elements.namedItem('src') as HTMLInputElement;
  src.value = FEED_URL;
  form.addEventListener('input', render);
  form.addEventListener('change', render);
  document.querySelector('#copy')?.addEventListener('click', async () => {
    const status = document.querySelector('#copied');
    try {
      await navigator.clipboard.writeText(snippet?.textContent ?? '');
      if (status) status.textContent = TEXT['copied']![(document.documentElement.lang as Lang) || 'vi'];
    } catch {
      /* clipboard blocked: the snippet is selectable */
    }
  });
}

// The sample elements name articles by position so the page reads well whatever the sample holds.
fetch(FEED_URL)
  .then((response) => response.json() as Promise<{ items: { id: string; content_html?: string }[] }>)
  .then(({ items }) => {
    firstId = items[0]?.id;
    const seed = items.find((item) => item.content_html?.includes('&nbsp;')) ?? items[0];
    for (const el of document.querySelectorAll<HTMLElement>('[data-nth]')) {
      const nth = el.dataset['nth']!;
      const item = nth === 'seed' ? seed : items[Number(nth)];
      if (item) el.setAttribute('item-id', item.id);
    }
    const list = document.querySelector('aside tin-list');
    if (list && seed) list.setAttribute('exclude', seed.id);
    render();
  })
  .catch(() => render());
