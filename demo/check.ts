// The feed check page: a form (address, proxy template, or pasted text), an error summary that
// names each field to mend, and the findings as a list of headed items. demo.ts runs the page's
// language switch; this re-renders in the language it sets.
import { gatherFacts, type CheckInput, type Facts } from './feed-check.js';
import { GRADE_LABEL, findings, type Grade } from './feed-check-findings.js';
import type { Lang } from './snippet.js';
import { applyTexts, type Texts } from './texts.js';

const TEXT: Texts = {
  'check-sub': { vi: 'Kênh tin của bạn có hiển thị tốt không?', en: 'Will your feed show well?' },
  'check-title': { vi: 'Kiểm tra kênh tin', en: 'Check a feed' },
  'check-intro': {
    vi: 'Dán địa chỉ kênh tin (RSS, Atom hoặc JSON Feed): trang này đọc kênh tin bằng chính bộ đọc của tiện ích và cho biết những gì cần sửa để tin hiển thị tốt trên cổng thông tin của bạn.',
    en: 'Paste a feed’s address (RSS, Atom or JSON Feed): this page reads it with the widgets’ own reader and tells you what to change for the news to show well on your portal.',
  },
  'check-errors': { vi: 'Chưa kiểm tra được', en: 'Nothing checked yet' },
  'check-url': { vi: 'Địa chỉ kênh tin', en: 'Feed address' },
  'check-url-hint': {
    vi: 'Ví dụ: https://tinh.gov.vn/rss/tin-tuc.xml',
    en: 'For example: https://tinh.gov.vn/rss/tin-tuc.xml',
  },
  'check-proxy': { vi: 'Proxy (không bắt buộc)', en: 'Proxy (optional)' },
  'check-proxy-hint': {
    vi: 'Mẫu địa chỉ proxy trên máy chủ của cổng, có {url} ở chỗ địa chỉ kênh tin, ví dụ /proxy?url={url}',
    en: 'Your portal’s proxy as an address template, with {url} where the feed’s address goes, such as /proxy?url={url}',
  },
  'check-text': { vi: 'Hoặc dán nội dung kênh tin', en: 'Or paste the feed’s text' },
  'check-text-hint': {
    vi: 'Cho kênh tin mà trình duyệt không mở được từ trang này (mạng nội bộ, chặn CORS). Khi có nội dung dán vào, trang kiểm tra nội dung đó.',
    en: 'For a feed this page cannot reach (an internal network, CORS). When text is pasted, the text is what is checked.',
  },
  'check-submit': { vi: 'Kiểm tra', en: 'Check' },
  'check-results': { vi: 'Kết quả kiểm tra', en: 'Results' },
  'need-input': {
    vi: 'Nhập địa chỉ kênh tin, hoặc dán nội dung của nó',
    en: 'Enter the feed’s address, or paste its text',
  },
  'bad-url': {
    vi: 'Địa chỉ kênh tin phải bắt đầu bằng http:// hoặc https://',
    en: 'The feed’s address must start with http:// or https://',
  },
  'bad-proxy': {
    vi: 'Proxy phải có {url} ở chỗ địa chỉ kênh tin, ví dụ /proxy?url={url}',
    en: 'The proxy must have {url} where the feed’s address goes, such as /proxy?url={url}',
  },
  checking: { vi: 'Đang kiểm tra…', en: 'Checking…' },
  checked: { vi: 'Đã kiểm tra xong.', en: 'Check done.' },
  fix: { vi: 'Cách sửa:', en: 'What to change:' },
};

const lang = (): Lang => (document.documentElement.lang === 'en' ? 'en' : 'vi');
const text = (key: string) => TEXT[key]![lang()];

const form = document.querySelector<HTMLFormElement>('#check')!;
const errors = document.querySelector<HTMLElement>('#check-errors')!;
const status = document.querySelector<HTMLElement>('#check-status')!;
const results = document.querySelector<HTMLElement>('#check-results')!;
const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement;

let shown: Facts | undefined;
let running: AbortController | undefined;

/** What the form asks for, or the fields to mend (named by id, with the message's key). */
function readForm(): CheckInput | [id: string, key: string][] {
  const url = field('url').value.trim();
  const proxy = field('proxy').value.trim();
  const pasted = field('text').value.trim();
  const wrong: [string, string][] = [];
  if (!url && !pasted) wrong.push(['check-url', 'need-input']);
  if (url && !pasted && !/^https?:\/\/./i.test(url)) wrong.push(['check-url', 'bad-url']);
  if (proxy && !pasted && !proxy.includes('{url}')) wrong.push(['check-proxy', 'bad-proxy']);
  if (wrong.length) return wrong;
  return pasted ? { text: pasted, url: url || undefined } : { url, proxy: proxy || undefined };
}

let wrongShown: [string, string][] = [];

function showErrors(wrong: [string, string][]): void {
  wrongShown = wrong;
  for (const name of ['url', 'proxy', 'text']) field(name).removeAttribute('aria-invalid');
  errors.hidden = !wrong.length;
  const list = errors.querySelector('ul')!;
  list.replaceChildren(
    ...wrong.map(([id, key]) => {
      document.getElementById(id)?.setAttribute('aria-invalid', 'true');
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `#${id}`;
      link.textContent = text(key);
      link.addEventListener('click', (event) => {
        event.preventDefault();
        document.getElementById(id)?.focus();
      });
      item.append(link);
      return item;
    }),
  );
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, content?: string) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (content !== undefined) el.textContent = content;
  return el;
}

function renderResults(): void {
  if (!shown) return;
  const list = findings(shown, lang());
  const count = (grade: Grade) => list.filter((f) => f.grade === grade).length;
  const summary = (['problem', 'advice', 'ok'] as const)
    .filter((grade) => count(grade))
    .map((grade) => `${GRADE_LABEL[grade][lang()]}: ${count(grade)}`)
    .join(' · ');
  results.querySelector('.check-summary')!.textContent = summary;
  results.querySelector('.findings')!.replaceChildren(
    ...list.map((finding) => {
      const item = element('li', `finding ${finding.grade}`);
      item.dataset['finding'] = finding.id;
      const heading = element('h3', '');
      heading.append(element('span', 'grade', GRADE_LABEL[finding.grade][lang()]), ` ${finding.title}`);
      item.append(heading);
      if (finding.detail) item.append(element('p', 'detail', finding.detail));
      if (finding.fix) {
        const fix = element('p', 'fix');
        fix.append(element('strong', '', text('fix')), ` ${finding.fix}`);
        item.append(fix);
      }
      if (finding.link) {
        const paragraph = element('p', 'link');
        const link = element('a', '', finding.link.text);
        link.href = finding.link.href;
        paragraph.append(link);
        item.append(paragraph);
      }
      return item;
    }),
  );
  results.hidden = false;
}

function applyLanguage(): void {
  // The page's own words only: the header's others are demo.ts's.
  applyTexts(TEXT, lang(), '.check [data-i18n], .brand-sub[data-i18n]', '.check [data-i18n-label]');
  document.title = `${text('check-title')} | tin-widgets`;
  showErrors(wrongShown);
  if (status.textContent) status.textContent = text(running ? 'checking' : 'checked');
  renderResults();
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const input = readForm();
  if (Array.isArray(input)) {
    showErrors(input);
    errors.focus();
    return;
  }
  showErrors([]);
  running?.abort();
  const controller = (running = new AbortController());
  status.textContent = text('checking');
  results.setAttribute('aria-busy', 'true');
  try {
    shown = await gatherFacts(input, controller.signal);
  } catch {
    return; // a newer check replaced this one
  }
  if (running !== controller) return;
  running = undefined;
  results.removeAttribute('aria-busy');
  status.textContent = text('checked');
  renderResults();
  results.querySelector('h2')!.focus({ preventScroll: false });
});

// The heading takes focus when results arrive, so a screen reader starts reading there.
results.querySelector('h2')!.tabIndex = -1;
new MutationObserver(applyLanguage).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
applyLanguage();
// A link such as check.html?url=… checks that feed at once.
const asked = new URLSearchParams(location.search);
const askedUrl = asked.get('url');
if (askedUrl) {
  try {
    field('url').value = new URL(askedUrl, location.href).href;
  } catch {
    field('url').value = askedUrl;
  }
  field('proxy').value = asked.get('proxy') ?? '';
  form.requestSubmit();
}
