import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../src/elements/tin-article/define.js';
import type { TinArticle } from '../../src/elements/tin-article/tin-article.js';
import { parseJsonFeed } from '../sync-parsers.js';
import { hasNativeSanitizer } from '../../src/render/sanitize.js';
import { FULL_FEED, feedUrl } from '../fixtures/feeds.js';
import { freshCaches, imagesSettled, shadowText, until } from '../helpers.js';
import { loadFeed } from '../../src/feed/loader.js';

const feed = parseJsonFeed(FULL_FEED, 'https://tinh.example.gov.vn/feed.json', () => {});
const article = feed.items[0]!;

// Whether this page has downloaded DOMPurify (the native describe runs first, so it has not then).
performance.setResourceTimingBufferSize(100_000);
const domPurifyLoaded = () => performance.getEntriesByType('resource').some((entry) => /purify/i.test(entry.name));

async function renderArticle(el: TinArticle): Promise<ShadowRoot> {
  await until(() => el.shadowRoot!.querySelector('[part="body"]'), 4000, 'article body');
  await el.updateComplete;
  return el.shadowRoot!;
}

// Every article test runs with the browser's Sanitizer API and with DOMPurify: same allow-list, same result.
for (const sanitizer of ['native', 'dompurify'] as const) {
  describe(`<tin-article> (${sanitizer} sanitiser)`, () => {
    before(function () {
      // Without the HTML Sanitizer API (WebKit) the native choice falls back to DOMPurify: these
      // tests would only run the DOMPurify ones again.
      if (sanitizer === 'native' && !('parseHTML' in Document)) {
        console.log('Skipped the <tin-article> native sanitiser tests: this browser has no Document.parseHTML');
        this.skip();
      }
    });
    beforeEach(freshCaches);
    afterEach(() => document.head.querySelectorAll('script[data-tin-widgets]').forEach((s) => s.remove()));

    it('a feed already in memory (another element loaded it): the HTML body is never drawn as plain text', async () => {
      const url = feedUrl(FULL_FEED);
      await loadFeed(url);
      const el = document.createElement('tin-article');
      Object.assign(el, { sanitizer, src: url, itemId: 'tin-1', noJsonLd: true });
      // Every body element the article ever draws, including one replaced before anyone looks.
      const drawn: string[] = [];
      const observer = new MutationObserver((records) => {
        for (const node of records.flatMap((r) => [...r.addedNodes, ...r.removedNodes]))
          if (node instanceof Element)
            for (const body of [node, ...node.querySelectorAll('*')].filter((e) => e.matches('[part="body"]')))
              drawn.push(body.textContent ?? '');
      });
      document.body.append(el);
      try {
        observer.observe(el.shadowRoot!, { childList: true, subtree: true });
        await renderArticle(el);
        await new Promise((resolve) => setTimeout(resolve));
        expect(drawn.length).to.be.greaterThan(0);
        // The sanitised HTML body, never its plain-text stand-in (content_text has no second paragraph).
        for (const text of drawn) expect(text).to.contain('Sáu tháng đầu năm');
      } finally {
        observer.disconnect();
        el.remove();
      }
    });

    it('renders every field', async () => {
      const el = await fixture<TinArticle>(
        html`<tin-article sanitizer=${sanitizer} .article=${article} .feed=${feed}></tin-article>`,
      );
      const root = await renderArticle(el);
      expect(domPurifyLoaded(), 'the sanitizer attribute chose DOMPurify').to.equal(
        sanitizer === 'dompurify' || !hasNativeSanitizer(),
      );
      await expect(el).to.be.accessible();
      expect(root.querySelector('h1')!.textContent).to.equal(article.title);
      const meta = root.querySelector('[part="meta"]')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(meta).to.equal('Đăng ngày 09-07-2019 09:03 Cập nhật 10-07-2019 14:30');
      expect(root.querySelector('time')!.getAttribute('datetime')).to.equal('2019-07-09T09:03:00+07:00');
      expect(root.querySelector('[part="author"]')!.textContent!.trim()).to.equal('Mỹ Phương');
      expect(getComputedStyle(root.querySelector('[part="author"]')!).textAlign).to.equal('end');
      expect([...root.querySelectorAll('.tag')].map((t) => t.textContent)).to.deep.equal(['Thi đua', 'Khen thưởng']);
      const attachment = root.querySelector('[part="attachments"] li')!;
      expect(attachment.querySelector('a')!.getAttribute('href')).to.equal(
        'https://tinh.example.gov.vn/files/ke-hoach-123.pdf',
      );
      expect(attachment.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Kế hoạch số 123/KH-UBND (PDF, 1,2 MB)');
      const others = root.querySelector('tin-list')!;
      expect(others.exclude).to.equal('tin-1');
      await until(() => others.shadowRoot!.querySelectorAll('[part="item"]').length === 2);
    });

    it('cleans the CMS body: &nbsp; paragraphs gone, URLs resolved against the article, links and images fixed', async () => {
      const el = await fixture<TinArticle>(
        html`<tin-article sanitizer=${sanitizer} .article=${article}></tin-article>`,
      );
      const root = await renderArticle(el);
      const body = root.querySelector('[part="body"]')!;
      const paragraphs = [...body.querySelectorAll('p')].map((p) => p.textContent!.trim());
      expect(paragraphs).to.deep.equal([
        'Sáng ngày 09/7/2019, Cụm Thi đua tổ chức hội nghị.',
        'Sáu tháng đầu năm, phong trào thi đua được quan tâm.',
        '',
        'Xem văn bản và trang khác',
      ]);
      // The trailing author paragraph duplicates the author line; it is lifted out of the body.
      expect(body.textContent).not.to.contain('Mỹ Phương');
      const img = body.querySelector('img')!;
      expect(img.getAttribute('src')).to.equal('https://tinh.example.gov.vn/tin-tuc/anh/hoi-nghi.jpg');
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('decoding')).to.equal('async');
      expect(img.getAttribute('alt')).to.equal('Toàn cảnh hội nghị');
      const [internal, external] = body.querySelectorAll('a');
      expect(internal!.getAttribute('href')).to.equal('https://tinh.example.gov.vn/van-ban/123');
      expect(external!.getAttribute('target')).to.equal('_blank');
      expect(external!.getAttribute('rel')).to.equal('noopener noreferrer');
    });

    it('renders a hostile body as inert text', async () => {
      (window as unknown as { __xss: (n: number) => void }).__xss = (n) => executed.push(n);
      const executed: number[] = [];
      const hostile = {
        ...article,
        id: 'hostile',
        authors: [],
        contentHtml: `<p>Đoạn an toàn</p><script>window.__xss(1)</script><img src=x onerror="window.__xss(2)">
        <a href="javascript:window.__xss(3)">bấm</a><iframe srcdoc="<script>parent.__xss(4)</script>"></iframe>
        <style>p{color:red}</style><svg><script>window.__xss(5)</script><animate onbegin="window.__xss(6)"/></svg>
        <p style="background:url(javascript:window.__xss(7))" onclick="window.__xss(8)">chữ</p>
        <math><mtext><table><mglyph><style><img src=x onerror=window.__xss(9)>`,
      };
      const el = await fixture<TinArticle>(
        html`<tin-article sanitizer=${sanitizer} .article=${hostile}></tin-article>`,
      );
      const root = await renderArticle(el);
      // The payloads that could run later do so from an image's error event: wait for those.
      await imagesSettled(root);
      const body = root.querySelector('[part="body"]')!;
      expect(executed).to.deep.equal([]);
      expect(body.querySelector('script, iframe, style, svg, math, [onerror], [onclick], [style]')).to.equal(null);
      expect(body.querySelector('a')!.hasAttribute('href')).to.equal(false);
      expect(body.textContent).to.contain('Đoạn an toàn');
      expect(body.textContent).to.contain('chữ');
    });

    it('media (issue 15): body players, embed-hosts, links for removed embeds, attachments that play inline', async () => {
      const media = {
        ...article,
        contentHtml:
          '<p>Mở đầu.</p><iframe src="https://www.youtube.com/embed/abc" allowfullscreen></iframe>' +
          '<iframe src="https://video.tinh.gov.vn/play/7"></iframe><video src="/v/hop.mp4" autoplay></video>',
        attachments: [
          { url: 'https://tinh.example.gov.vn/files/hop-bao.mp4', mimeType: 'video/mp4', title: 'Họp báo' },
          { url: 'https://tinh.example.gov.vn/files/ban-tin.mp3', mimeType: 'audio/mpeg', title: 'Bản tin' },
          { url: 'https://tinh.example.gov.vn/files/ke-hoach.pdf', mimeType: 'application/pdf', title: 'Kế hoạch' },
        ],
      };
      const el = await fixture<TinArticle>(
        html`<tin-article sanitizer=${sanitizer} no-json-ld .article=${media}></tin-article>`,
      );
      let root = await renderArticle(el);
      await expect(el).to.be.accessible();
      const body = () => root.querySelector('[part="body"]')!;
      const frames = () => [...body().querySelectorAll('iframe')].map((f) => f.getAttribute('src'));
      expect(frames()).to.deep.equal(['https://www.youtube-nocookie.com/embed/abc']);
      const box = body().querySelector('.embed')!.getBoundingClientRect();
      expect(box.width / box.height).to.be.closeTo(16 / 9, 0.02);
      expect(body().querySelector('a')!.textContent).to.equal('Mở nội dung nhúng');
      const video = body().querySelector('video')!;
      expect([video.getAttribute('src'), video.preload, video.controls, video.autoplay]).to.deep.equal([
        'https://tinh.example.gov.vn/v/hop.mp4',
        'none',
        true,
        false,
      ]);
      const files = [...root.querySelectorAll('[part="attachments"] li')];
      expect(files.map((li) => li.querySelector('video, audio')?.localName ?? null)).to.deep.equal([
        'video',
        'audio',
        null,
      ]);
      expect(files[0]!.querySelector('video')!.preload).to.equal('none');
      expect(files[1]!.querySelector('a[download]')!.getAttribute('href')).to.equal(media.attachments[1]!.url);

      // embed-hosts set later redraws the body with the portal's own video host playing.
      el.setAttribute('embed-hosts', 'video.tinh.gov.vn *.evil.vn');
      await until(() => frames().length === 2, 4000, 'the portal host plays');
      root = el.shadowRoot!;
      expect(frames()).to.deep.equal([
        'https://www.youtube-nocookie.com/embed/abc',
        'https://video.tinh.gov.vn/play/7',
      ]);
      expect(body().querySelector('a')).to.equal(null);
    });

    it("a removed embed is linked in the element's language", async () => {
      const embeds = { ...article, contentHtml: '<iframe src="https://bando.vn/x"></iframe><embed src="/clip.mp4">' };
      const el = await fixture<TinArticle>(
        html`<tin-article sanitizer=${sanitizer} lang="en" no-json-ld .article=${embeds}></tin-article>`,
      );
      const root = await renderArticle(el);
      expect([...root.querySelectorAll('[part="body"] a')].map((a) => a.textContent)).to.deep.equal([
        'Open embedded content',
        'Watch video',
      ]);
    });

    it('shows content_text as paragraphs when there is no HTML', async () => {
      const plain = { ...article, contentHtml: undefined, contentText: 'Đoạn một.\n\nĐoạn hai.' };
      const el = await fixture<TinArticle>(html`<tin-article sanitizer=${sanitizer} .article=${plain}></tin-article>`);
      const root = await renderArticle(el);
      expect([...root.querySelectorAll('[part="body"] p')].map((p) => p.textContent)).to.deep.equal([
        'Đoạn một.',
        'Đoạn hai.',
      ]);
    });

    it('loads from src + item-id and shows "Các tin khác" without the article', async () => {
      const el = await fixture<TinArticle>(
        html`<tin-article sanitizer=${sanitizer} src=${feedUrl(FULL_FEED)} item-id="tin-1" other-count="1"></tin-article>`,
      );
      await expect(el).to.be.accessible();
      const root = await renderArticle(el);
      const list = root.querySelector('tin-list')!;
      await until(() => list.shadowRoot!.querySelector('[part="item"]'));
      const items = [...list.shadowRoot!.querySelectorAll('[part="item"]')];
      expect(items).to.have.length(1);
      expect(items[0]!.textContent).to.contain('Đẩy mạnh chuyển đổi số');
    });

    it('other-count="0" hides the list', async () => {
      const el = await fixture<TinArticle>(
        html`<tin-article sanitizer=${sanitizer} .article=${article} .feed=${feed} other-count="0"></tin-article>`,
      );
      await renderArticle(el);
      expect(el.shadowRoot!.querySelector('tin-list')).to.equal(null);
    });

    it('an unknown item-id shows "not found"', async () => {
      const el = await fixture<TinArticle>(
        html`<tin-article sanitizer=${sanitizer} src=${feedUrl(FULL_FEED)} item-id="khong-co"></tin-article>`,
      );
      await until(() => el.shadowRoot!.querySelector('[part="error"]'));
      expect(shadowText(el)).to.contain('Không tìm thấy bài viết.');
      await expect(el).to.be.accessible();
    });

    it('speaks English under lang="en"', async () => {
      const el = await fixture<TinArticle>(
        html`<tin-article sanitizer=${sanitizer} lang="en" .article=${article} .feed=${feed}></tin-article>`,
      );
      const root = await renderArticle(el);
      await expect(el).to.be.accessible();
      expect(root.querySelector('[part="meta"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Posted on 09-07-2019 09:03 Updated 10-07-2019 14:30',
      );
      // The article's own language marks its text; the English labels are not inside lang="vi".
      expect(root.querySelector('h1')!.getAttribute('lang')).to.equal('vi');
      expect(root.querySelector('[part="body"]')!.getAttribute('lang')).to.equal('vi');
      expect(root.querySelector('[part="meta"]')!.closest('[lang]')).to.equal(null);
      expect(root.querySelector('[part="attachments"] li')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Kế hoạch số 123/KH-UBND (PDF, 1.2 MB)',
      );
      const list = root.querySelector('tin-list')!;
      await until(() => list.shadowRoot!.querySelector('[part="heading"]')?.textContent === 'Other news');
    });

    it("words the copy-link status, set after an await in the click handler, in the element's language", async () => {
      const el = await fixture<TinArticle>(html`<tin-article lang="en" .article=${article}></tin-article>`);
      const root = await renderArticle(el);
      const copy = [...root.querySelectorAll<HTMLButtonElement>('[part="tools"] button')].find(
        (b) => b.textContent!.trim() === 'Copy link',
      )!;
      copy.click();
      // Headless browsers may refuse the clipboard: either outcome is fine, in English.
      const status = await until(
        () => root.querySelector('[part="tools"] [role="status"]')!.textContent!.trim(),
        4000,
        'the copy status',
      );
      expect(['Link copied.', 'Could not copy the link.']).to.include(status);
    });

    it('writes one NewsArticle JSON-LD block, replaced when the article changes, removed with the element', async () => {
      const el = await fixture<TinArticle>(
        html`<tin-article sanitizer=${sanitizer} .article=${article} .feed=${feed}></tin-article>`,
      );
      await renderArticle(el);
      const blocks = () => [
        ...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"][data-tin-widgets]'),
      ];
      expect(blocks()).to.have.length(1);
      const data = JSON.parse(blocks()[0]!.text);
      expect(data['@type']).to.equal('NewsArticle');
      expect(data.headline).to.equal(article.title);
      expect(data.datePublished).to.equal('2019-07-09T09:03:00+07:00');
      expect(data.dateModified).to.equal('2019-07-10T14:30:00+07:00');
      expect(data.author).to.deep.equal([{ '@type': 'Person', name: 'Mỹ Phương' }]);
      expect(data.publisher.name).to.equal('Cổng thông tin điện tử tỉnh Thử Nghiệm');
      expect(data.mainEntityOfPage['@id']).to.equal(article.url);
      expect(data.inLanguage).to.equal('vi');
      el.article = feed.items[1];
      await el.updateComplete;
      expect(blocks()).to.have.length(1);
      expect(JSON.parse(blocks()[0]!.text).headline).to.equal(feed.items[1]!.title);
      el.remove();
      expect(blocks()).to.have.length(0);
    });

    it('no-json-ld turns the block off', async () => {
      const el = await fixture<TinArticle>(
        html`<tin-article sanitizer=${sanitizer} no-json-ld .article=${article}></tin-article>`,
      );
      await renderArticle(el);
      expect(document.head.querySelector('script[data-tin-widgets]')).to.equal(null);
    });

    it('reader tools: font size persists per site; tools="" hides them', async () => {
      localStorage.removeItem('tin-widgets:font-scale');
      const el = await fixture<TinArticle>(
        html`<tin-article sanitizer=${sanitizer} .article=${article}></tin-article>`,
      );
      const root = await renderArticle(el);
      const body = root.querySelector<HTMLElement>('[part="body"]')!;
      const before = parseFloat(getComputedStyle(body).fontSize);
      const larger = [...root.querySelectorAll('button')].find((b) => b.textContent!.includes('A+'))!;
      larger.click();
      await el.updateComplete;
      expect(parseFloat(getComputedStyle(body).fontSize)).to.be.greaterThan(before);
      expect(localStorage.getItem('tin-widgets:font-scale')).to.equal('1.125');
      localStorage.removeItem('tin-widgets:font-scale');
      const bare = await fixture<TinArticle>(
        html`<tin-article sanitizer=${sanitizer} tools="" .article=${article}></tin-article>`,
      );
      await renderArticle(bare);
      expect(bare.shadowRoot!.querySelector('[part="tools"]')).to.equal(null);
    });

    it('sapo in bold under the date line, then the lead image, each left out when the body repeats it', async () => {
      const el = await fixture<TinArticle>(
        html`<tin-article sanitizer=${sanitizer} .article=${article}></tin-article>`,
      );
      const root = await renderArticle(el);
      // The fixture's body holds anh/hoi-nghi.jpg, the lead image's picture under another path.
      expect(root.querySelector('[part="lead-image"]')).to.equal(null);
      const sapo = root.querySelector('[part="summary"]')!;
      expect(sapo.textContent).to.equal(article.summary);
      expect(Number(getComputedStyle(sapo).fontWeight)).to.be.at.least(700);
      expect(sapo.previousElementSibling!.matches('[part="meta"], [part="tools"]')).to.equal(true);
      const withImage = (changes: Partial<typeof article>) => ({ ...article, ...changes }) as typeof article;
      const IMAGE = new URL('/test/fixtures/anh-bia.png', location.href).href;
      el.article = withImage({ image: `${IMAGE}?w=600` });
      await until(() => root.querySelector('[part="lead-image"] img'), 4000, 'the lead image');
      const figure = root.querySelector('[part="lead-image"]')!;
      expect(figure.previousElementSibling).to.equal(root.querySelector('[part="summary"]'));
      expect(figure.nextElementSibling!.matches('[part="body"]')).to.equal(true);
      // The same picture in another size, or the sapo opening the body: drawn once, in the body.
      el.article = withImage({
        image: 'https://cdn.example.gov.vn/anh/hoi-nghi-600x400.jpg?v=2',
        summary: 'Sáng ngày 09/7/2019 – Cụm Thi đua tổ chức hội nghị…',
      });
      // Past the render that starts sanitising the new body, then until that body is drawn.
      await el.updateComplete;
      await renderArticle(el);
      expect(root.querySelector('[part="lead-image"]')).to.equal(null);
      expect(root.querySelector('[part="summary"]')).to.equal(null);
    });

    it('draws the sapo and the lead image with the first render when the body cannot repeat them', async () => {
      const IMAGE = new URL('/test/fixtures/anh-bia.png', location.href).href;
      const el = fixtureSync<TinArticle>(
        html`<tin-article sanitizer=${sanitizer} .article=${{ ...article, image: IMAGE }}></tin-article>`,
      );
      await el.updateComplete;
      const root = el.shadowRoot!;
      const order = () =>
        [...root.querySelectorAll('[part="summary"], [part="lead-image"], [part="body"]')].map((e) =>
          e.getAttribute('part'),
        );
      // Whether or not the body is drawn yet, nothing will be put above it.
      expect(order().slice(0, 2)).to.deep.equal(['summary', 'lead-image']);
      await renderArticle(el);
      expect(order()).to.deep.equal(['summary', 'lead-image', 'body']);
    });

    it('A+ scales the whole article, title to attachments, and not the tools bar; capped', async () => {
      localStorage.removeItem('tin-widgets:font-scale');
      const el = await fixture<TinArticle>(
        html`<tin-article sanitizer=${sanitizer} .article=${article}></tin-article>`,
      );
      const root = await renderArticle(el);
      const parts = ['title', 'meta', 'summary', 'body', 'attachments', 'tools'];
      const sizes = () => parts.map((p) => parseFloat(getComputedStyle(root.querySelector(`[part="${p}"]`)!).fontSize));
      const before = sizes();
      const larger = [...root.querySelectorAll('button')].find((b) => b.textContent!.includes('A+'))!;
      for (let i = 0; i < 10; i++) {
        larger.click();
        await el.updateComplete;
      }
      const after = sizes();
      parts.forEach((part, i) => {
        if (part === 'tools') expect(after[i], part).to.be.closeTo(before[i]!, 0.01);
        else expect(after[i]! / before[i]!, part).to.be.closeTo(1.75, 0.01);
      });
      expect(larger.disabled).to.equal(true);
      localStorage.removeItem('tin-widgets:font-scale');
    });

    it('the skeleton is the placeholder article in the same template: same parts, tools bar as tall', async () => {
      const slow = `/__fault/slow?ms=5000&id=article-skeleton-${Math.random()}`;
      const el = await fixture<TinArticle>(
        html`<tin-article sanitizer=${sanitizer} src=${slow} item-id="1"></tin-article>`,
      );
      const root = el.shadowRoot!;
      await until(() => root.querySelector('[aria-busy="true"]:not(.reserve)'), 4000, 'the skeleton');
      const skeleton = root.querySelector('[part="article"]')!;
      expect(skeleton.classList.contains('skeleton')).to.equal(true);
      expect(skeleton.hasAttribute('inert')).to.equal(true);
      for (const part of ['title', 'meta', 'summary'])
        expect(skeleton.querySelector(`[part="${part}"]`), part).to.exist;
      const height = root.querySelector<HTMLElement>('.tools')!.offsetHeight;
      expect(root.querySelector('[role="status"]')!.textContent).to.equal('Đang tải…');
      el.article = article;
      await renderArticle(el);
      expect(root.querySelector<HTMLElement>('[part="tools"]')!.offsetHeight).to.equal(height);
      expect(root.querySelector('.skeleton')).to.equal(null);
    });

    it('writes "Từ khóa:" before the tags, as portals do, and names the list with it', async () => {
      const el = await fixture<TinArticle>(
        html`<tin-article sanitizer=${sanitizer} .article=${article}></tin-article>`,
      );
      const root = await renderArticle(el);
      const list = root.querySelector('[part="tags"]')!;
      const label = root.getElementById(list.getAttribute('aria-labelledby')!)!;
      expect(label.textContent).to.equal('Từ khóa:');
      expect(label.getBoundingClientRect().width).to.be.above(0);
      expect(label.nextElementSibling).to.equal(list);
    });

    it('share links carry the article URL', async () => {
      const el = await fixture<TinArticle>(
        html`<tin-article sanitizer=${sanitizer} tools="share" .article=${article}></tin-article>`,
      );
      const root = await renderArticle(el);
      const facebook = root.querySelector<HTMLAnchorElement>('[part="tools"] a')!;
      expect(facebook.href).to.equal(
        `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(article.url!)}`,
      );
    });
  });
}
