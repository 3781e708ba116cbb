/// <reference types="vite/client" />
// The demo page: registers the elements as the CDN module does (cards and lists at once, the rest
// on first use, so each page downloads what it shows; from source, bundled in the built demo),
// switches language, and runs the snippet configurator. No framework: the library is enough.
import '../src/cdn.js';
import { version } from '../package.json';
import type { Article } from '../src/feed/model.js';
import { loadFeed } from '../src/feed/loader.js';
import { accentOf, describe, previewOf, snippetText, themeCss, type Lang } from './snippet.js';
import { applyTexts, type Texts } from './texts.js';

const TEXT: Texts = {
  tagline: {
    vi: 'Tin tức cho cổng thông tin điện tử — một thẻ script, một thẻ HTML',
    en: 'News for government portals — one script tag, one HTML tag',
  },
  'nav-feed': { vi: 'Trang tin tức đầy đủ', en: 'Full news page' },
  'nav-home': { vi: 'Trang giới thiệu', en: 'Overview' },
  'nav-check': { vi: 'Kiểm tra kênh tin', en: 'Check a feed' },
  'feed-sub': { vi: '<tin-feed>: cả chuyên mục tin bằng một thẻ', en: '<tin-feed>: a whole news section in one tag' },
  'nav-label': { vi: 'Các trang minh họa', en: 'Demo pages' },
  'featured-title': {
    vi: 'Tin nổi bật và các tin khác, từ cùng một kênh tin',
    en: 'A featured story and the other news, from one feed',
  },
  'featured-text': {
    vi: 'Thẻ tin không ghi item-id hiện tin mới nhất; danh sách với offset="1" bắt đầu từ tin thứ hai, nên không tin nào lặp lại.',
    en: 'A card without item-id shows the newest story; a list with offset="1" starts at the second, so no story shows twice.',
  },
  'intro-title': {
    vi: 'Đưa tin bài từ kênh RSS, Atom hoặc JSON Feed lên mọi cổng thông tin điện tử',
    en: 'Show news from an RSS, Atom or JSON Feed on any government portal',
  },
  'intro-text': {
    vi: 'Dán một thẻ script và một thẻ như <tin-feed> vào trang là có ngay thẻ tin, bài viết đầy đủ và danh sách “Các tin khác”: mặc định bằng tiếng Việt, theo giờ Việt Nam, không làm vỡ giao diện trang của bạn.',
    en: 'Paste one script tag and one element such as <tin-feed> into your page to get news cards, the full article and the “Other news” list: in Vietnamese by default, in Vietnam time, without breaking your page’s layout.',
  },
  'config-title': { vi: 'Tạo mã nhúng', en: 'Build your snippet' },
  'config-text': {
    vi: 'Chọn kênh tin, thành phần, kiểu thẻ và màu sắc; xem trước ngay bên dưới rồi sao chép đoạn mã để dán vào trang.',
    en: 'Choose the feed, the element, the card layout and colours; preview it below, then copy the snippet into your page.',
  },
  'cfg-src': {
    vi: 'Địa chỉ kênh tin (RSS, Atom, JSON Feed; nhiều kênh cách nhau bằng dấu cách)',
    en: 'Feed URL (RSS, Atom, JSON Feed; several separated by spaces)',
  },
  'cfg-source': { vi: 'Tên nguồn trên mỗi tin', en: 'Source name on each item' },
  'source-auto': { vi: 'Khi gộp nhiều kênh', en: 'When several feeds are merged' },
  'source-true': { vi: 'Luôn hiện', en: 'Always' },
  'source-false': { vi: 'Không hiện', en: 'Never' },
  'agencies-title': { vi: 'Tin các sở, ngành', en: 'News from the departments' },
  'agencies-text': {
    vi: 'Một thuộc tính src có thể nêu nhiều kênh tin, cách nhau bằng dấu cách: tin được gộp theo thời gian, bài đăng trùng ở hai kênh chỉ hiện một lần, mỗi tin ghi rõ nguồn.',
    en: 'One src attribute can name several feeds, separated by spaces: their news is merged by date, an article posted in two feeds shows once, and each item says where it comes from.',
  },
  'cfg-check': { vi: 'Kiểm tra kênh tin này', en: 'Check this feed' },
  'cfg-element': { vi: 'Thành phần', en: 'Element' },
  'el-feed': { vi: '<tin-feed> — chuyên mục tin', en: '<tin-feed> — news section' },
  'el-list': { vi: '<tin-list> — Các tin khác', en: '<tin-list> — other news list' },
  'el-card': { vi: '<tin-card> — một thẻ tin', en: '<tin-card> — one news card' },
  'el-article': { vi: '<tin-article> — bài viết', en: '<tin-article> — full article' },
  'cfg-layout': { vi: 'Kiểu thẻ', en: 'Card layout' },
  'layout-vertical': { vi: 'Ảnh trên, chữ dưới', en: 'Image above the text' },
  'layout-horizontal': { vi: 'Ảnh bên cạnh chữ', en: 'Image beside the text' },
  'layout-compact': { vi: 'Chỉ tiêu đề và ngày', en: 'Title and date only' },
  'cfg-limit': { vi: 'Số tin', en: 'Number of items' },
  'cfg-offset': { vi: 'Bỏ qua số tin mới nhất', en: 'Skip the newest items' },
  'cfg-new-tab': { vi: 'Mở tin trong thẻ mới', en: 'Open news in a new tab' },
  'cfg-related': { vi: 'Số tin liên quan dưới bài viết (0 để ẩn)', en: 'Related news under an article (0 hides it)' },
  'cfg-embeds': {
    vi: 'Trang video được nhúng thêm (ngoài YouTube, Vimeo)',
    en: 'Other video sites to embed (besides YouTube, Vimeo)',
  },
  'cfg-proxy': {
    vi: 'Proxy cho kênh tin của trang khác (để trống nếu cùng tên miền)',
    en: 'Proxy for a feed from another site (empty for your own)',
  },
  'cfg-fallback': { vi: 'Ảnh thay thế khi tin không có ảnh', en: 'Image for news without one' },
  'cfg-lazy': { vi: 'Chỉ tải khi cuộn tới', en: 'Load only when scrolled to' },
  'cfg-email': { vi: 'Nút “Gửi email” trong bài viết', en: '“Email” button in the article' },
  'cfg-theme': { vi: 'Giao diện', en: 'Theme' },
  'theme-default': { vi: 'Mặc định', en: 'Default' },
  'theme-red': { vi: 'Đỏ – vàng (cơ quan nhà nước)', en: 'Red and gold (government)' },
  'theme-blue': { vi: 'Xanh dương', en: 'Blue' },
  'cfg-accent': { vi: 'Màu nhấn', en: 'Accent colour' },
  'cfg-dark': { vi: 'Nền tối', en: 'Dark background' },
  'cfg-paging': { vi: 'Chia trang (Trang 1 2 3 …)', en: 'Numbered pages (Page 1 2 3 …)' },
  'pages-text': {
    vi: 'Tin cũ của chuyên mục theo từng trang. Mỗi số trang là một liên kết thật (?trang=2): công cụ tìm kiếm đi theo được, nút Quay lại của trình duyệt trở về đúng trang.',
    en: "A section's older news, page by page. Each page number is a real link (?trang=2): search engines follow it, and the browser's Back button returns to the same page.",
  },
  'cfg-snippet': { vi: 'Mã nhúng', en: 'Snippet' },
  'cfg-copy': { vi: 'Sao chép', en: 'Copy' },
  copied: { vi: 'Đã sao chép đoạn mã.', en: 'Snippet copied.' },
  'cfg-script': { vi: 'Tệp mã (script)', en: 'Script file' },
  'script-classic': {
    vi: 'tin-widgets.classic.js (nên dùng)',
    en: 'tin-widgets.classic.js (recommended)',
  },
  'script-module': { vi: 'tin-widgets.js (ES module)', en: 'tin-widgets.js (ES module)' },
  'script-iife': { vi: 'tin-widgets.iife.js (một tệp)', en: 'tin-widgets.iife.js (one file)' },
  'sri-ok': {
    vi: 'Thuộc tính integrity là mã kiểm tra (SRI) của đúng phiên bản này: trình duyệt từ chối tệp này nếu bị sửa đổi (chỉ tệp này: các tệp trong chunks/ mà nó tải thêm không được kiểm tra; bản một tệp tin-widgets.iife.js thì được kiểm tra trọn). Tải tệp từ máy chủ khác thì máy chủ đó phải gửi Access-Control-Allow-Origin.',
    en: 'The integrity attribute is the SRI hash of this very version: browsers refuse this file if it was altered (this file only: the chunks/ files it loads are not checked; the one-file tin-widgets.iife.js is checked whole). Files on another host need that host to send Access-Control-Allow-Origin.',
  },
  'sri-none': {
    vi: 'Chưa có mã integrity: trang này chạy trên máy chủ phát triển, không có tệp integrity.json. Bản demo dựng bằng npm run build:demo có thư mục tin-widgets/<phiên bản>/ kèm mã này.',
    en: 'No integrity value: this page runs on the development server, which has no integrity.json. The demo built with npm run build:demo has a tin-widgets/<version>/ folder with it.',
  },
  'fallback-ok': {
    vi: 'Danh sách liên kết bên trong thẻ lấy từ kênh tin: công cụ tìm kiếm và người đọc không bật JavaScript thấy nó, và nó vẫn hiện khi kênh tin bị lỗi.',
    en: 'The links inside the element come from the feed: search engines and visitors without JavaScript see them, and they stay in view if the feed fails.',
  },
  'fallback-none': {
    vi: 'Chưa tải được kênh tin nên chưa có danh sách liên kết dự phòng; hãy kiểm tra địa chỉ kênh tin.',
    en: 'The feed could not be loaded, so there are no fallback links yet; check the feed URL.',
  },
  footer: {
    vi: 'Nội dung mẫu là hư cấu, chỉ dùng để minh họa.',
    en: 'Sample content is fictional, for illustration only.',
  },
};

const FEED_URL = new URL('./feed.json', location.href).href;
// The built demo has the versioned download folder beside it (scripts/finish-demo-build.mjs);
// in development the CDN files are built into dist/, with no integrity.json.
const SCRIPT_FOLDER = new URL(import.meta.env.DEV ? '/dist/cdn/' : `../tin-widgets/${version}/`, location.href).href;
let integrity: Record<string, string> | undefined;
const integrityRead = fetch(new URL('integrity.json', SCRIPT_FOLDER))
  .then((response) =>
    response.ok ? (response.json() as Promise<{ integrity?: Record<string, string> }>) : { integrity: undefined },
  )
  .then((file) => void (integrity = file.integrity))
  .catch(() => undefined);

function setLanguage(lang: Lang): void {
  document.documentElement.lang = lang;
  applyTexts(TEXT, lang);
  // <html lang> alone no longer decides a widget's language (a feed's own language comes first):
  // an English page says so on <body>, which every widget here sits in.
  document.body.lang = lang;
  render();
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset['lang'] === lang));
  }
  try {
    localStorage.setItem('tin-demo-lang', lang);
  } catch {
    /* private mode */
  }
}

// --- page themes: ?theme=red|blue and ?scheme=dark restyle every widget on the page ---------
const params = new URLSearchParams(location.search);
const pageTheme = params.get('theme');
if (pageTheme === 'red' || pageTheme === 'blue') {
  // The builder's own themes (snippet.ts), applied to the page's widgets.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(themeCss(pageTheme, ':is(tin-card, tin-list, tin-article, tin-feed)'));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
if (params.get('scheme') === 'dark') {
  document.body.classList.add('page-dark');
  for (const el of document.querySelectorAll('tin-card, tin-list, tin-article, tin-feed'))
    el.setAttribute('color-scheme', 'dark');
}

// --- snippet builder: the preview is the element the snippet describes, styled by its CSS ----
const form = document.querySelector<HTMLFormElement>('#config');
const preview = document.querySelector<HTMLElement>('#preview');
const snippet = document.querySelector<HTMLElement>('#snippet');
const previewSheet = new CSSStyleSheet();

let firstId: string | undefined;
/** The live feed's articles, for the fallback links; undefined when it could not be loaded. */
let articles: readonly Article[] | undefined = [];
let loadedSrc = '';

/** Loads the feed the form names, through the library's own loader (and proxy), and shows its links. */
function loadLive(src: string, proxy: string): void {
  const key = `${src} ${proxy}`;
  if (key === loadedSrc) return;
  loadedSrc = key;
  loadFeed(src, { proxy: proxy || undefined }).then(
    (feed) => {
      if (key !== loadedSrc) return;
      articles = feed.items;
      firstId = feed.items[0]?.id;
      render();
    },
    () => {
      if (key !== loadedSrc) return;
      // No links, and no id from the feed that was there before.
      articles = undefined;
      firstId = undefined;
      render();
    },
  );
}

function render(): void {
  if (!form || !preview || !snippet) return;
  const field = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '';
  const checked = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | null)?.checked ?? false;
  const src = field('src') || FEED_URL;
  // While an address is being typed, no links from the feed before it.
  const live = `${src} ${field('proxy').trim()}` === loadedSrc ? articles : [];
  const described = describe(
    {
      src,
      element: field('element'),
      layout: field('layout'),
      limit: field('limit'),
      offset: field('offset'),
      newTab: checked('new-tab'),
      fallbackImage: field('fallback-image'),
      lazy: checked('lazy'),
      email: checked('email'),
      theme: field('theme'),
      accent: field('accent'),
      source: field('source'),
      dark: checked('dark'),
      paging: checked('paging'),
      proxy: field('proxy'),
      relatedCount: field('related-count'),
      embedHosts: field('embed-hosts'),
      lang: document.documentElement.lang === 'en' ? 'en' : 'vi',
    },
    firstId,
    live,
  );
  // Only the page behind the widget follows "Nền tối"; the widget itself is all in the snippet.
  preview.className = `preview${described.attributes.some(([name]) => name === 'color-scheme') ? ' dark' : ''}`;
  preview.replaceChildren(previewOf(described, previewSheet));
  const file = field('script') || 'tin-widgets.classic.js';
  snippet.textContent = snippetText(described, {
    url: SCRIPT_FOLDER + file,
    module: file === 'tin-widgets.js',
    integrity: integrity?.[file],
  });
  const lang = document.documentElement.lang === 'en' ? 'en' : 'vi';
  const notes = document.querySelector('#snippet-notes');
  if (notes)
    notes.textContent = [integrity ? 'sri-ok' : 'sri-none', live ? live.length && 'fallback-ok' : 'fallback-none']
      .map((key) => (key ? TEXT[key]![lang] : ''))
      .join(' ');
  // The feed check (check.html) opens on the (first) feed chosen here, and checks it at once.
  const check = document.querySelector<HTMLAnchorElement>('#check-src');
  if (check) check.href = `./check.html?url=${encodeURIComponent((field('src') || FEED_URL).split(/\s+/)[0]!)}`;
}

if (form) {
  const src = form.elements.namedItem('src') as HTMLInputElement;
  src.value = FEED_URL;
  const theme = form.elements.namedItem('theme') as HTMLSelectElement;
  const accent = form.elements.namedItem('accent') as HTMLInputElement;
  // A theme brings its accent; the colour field then changes it from there.
  theme.addEventListener('change', () => (accent.value = accentOf(theme.value)));
  form.addEventListener('input', render);
  // The feed loads once its address is entered (change), not on every keystroke.
  form.addEventListener('change', () => {
    loadLive(src.value || FEED_URL, (form.elements.namedItem('proxy') as HTMLInputElement).value.trim());
    render();
  });
  loadLive(FEED_URL, '');
  document.querySelector('#copy')?.addEventListener('click', async () => {
    const status = document.querySelector('#copied');
    try {
      await navigator.clipboard.writeText(snippet?.textContent ?? '');
      if (status) status.textContent = TEXT['copied']![document.documentElement.lang === 'en' ? 'en' : 'vi'];
    } catch {
      /* clipboard blocked: the snippet is selectable */
    }
  });
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

// The page's own elements need no script: cards and lists pick their items by offset.
void integrityRead.then(render);
