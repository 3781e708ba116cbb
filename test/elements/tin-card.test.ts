import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../src/elements/tin-card/define.js';
import type { TinCard } from '../../src/elements/tin-card/tin-card.js';
import { parseJsonFeed } from '../sync-parsers.js';
import { FULL_FEED, feedUrl } from '../fixtures/feeds.js';
import { clickStayingHere, freshCaches, shadowText, until } from '../helpers.js';
import { teaser } from '../../src/internal/teaser.js';

const feed = parseJsonFeed(FULL_FEED, 'https://tinh.example.gov.vn/feed.json', () => {});
// Local images: the feed's own hosts are unreachable here, and a failed image falls back.
const IMAGE = new URL('/test/fixtures/anh.svg', location.href).href;
const BANNER = new URL('/test/fixtures/anh.svg?banner', location.href).href;
const article = { ...feed.items[0]!, image: IMAGE, bannerImage: BANNER };

describe('<tin-card>', () => {
  beforeEach(freshCaches);

  it('renders image, title link, date and summary from an article property', async () => {
    const el = await fixture<TinCard>(html`<tin-card .article=${article}></tin-card>`);
    await expect(el).to.be.accessible();
    const root = el.shadowRoot!;
    const img = root.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal(IMAGE);
    // Decorative: the title link follows, so a screen reader reads the title once, not twice.
    expect(img.getAttribute('alt')).to.equal('');
    // The page's first card, in view: fetched at once with high priority (below the fold: lazily,
    // see the <tin-feed> images test).
    expect(img.getAttribute('loading')).to.equal('eager');
    expect(img.getAttribute('fetchpriority')).to.equal('high');
    const link = root.querySelector<HTMLAnchorElement>('[part~="title"] a')!;
    expect(link.getAttribute('href')).to.equal(article.url);
    expect(link.textContent).to.equal(article.title);
    const time = root.querySelector('time')!;
    expect(time.textContent).to.equal('09-07-2019 09:03');
    expect(time.getAttribute('datetime')).to.equal('2019-07-09T09:03:00+07:00');
    expect(root.querySelector('[part="summary"]')!.textContent).to.equal(article.summary);
  });

  it('keeps the image frame at a fixed aspect ratio', async () => {
    const el = await fixture<TinCard>(html`<tin-card style="width:320px" .article=${article}></tin-card>`);
    const media = el.shadowRoot!.querySelector<HTMLElement>('[part="media"]')!;
    const { width, height } = media.getBoundingClientRect();
    expect(Math.round((width / height) * 9)).to.equal(16);
  });

  it('falls back from image to banner to a neutral placeholder', async () => {
    const noImage = { ...article, image: undefined };
    const el = await fixture<TinCard>(html`<tin-card .article=${noImage}></tin-card>`);
    expect(el.shadowRoot!.querySelector('img')!.getAttribute('src')).to.equal(BANNER);
    el.article = { ...article, image: undefined, bannerImage: undefined };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="placeholder"]')).to.not.equal(null);
  });

  describe('renditions (imageSources)', () => {
    const at = (query: string) => `${IMAGE}?${query}`;
    const responsive = {
      ...article,
      imageSources: [
        { url: at('w=320&f=avif'), width: 320, mimeType: 'image/avif' },
        { url: at('w=640&f=avif'), width: 640, mimeType: 'image/avif' },
        { url: at('w=320&f=webp'), width: 320, mimeType: 'image/webp' },
        { url: at('w=320'), width: 320, mimeType: 'image/jpeg' },
        { url: at('w=640'), width: 640, mimeType: 'image/jpeg' },
      ],
    };

    it('offers them in a <picture>, sized to the image frame, with the JPEG as src', async () => {
      const el = await fixture<TinCard>(html`<tin-card style="width:300px" .article=${responsive}></tin-card>`);
      await expect(el).to.be.accessible();
      const root = el.shadowRoot!;
      const img = root.querySelector<HTMLImageElement>('picture > img')!;
      expect(img.getAttribute('src')).to.equal(IMAGE);
      expect(img.getAttribute('srcset')).to.equal(`${at('w=320')} 320w, ${at('w=640')} 640w`);
      // The frame's width as laid out (inside the card's border), not the card's.
      const frame = Math.ceil(root.querySelector('[part="media"]')!.getBoundingClientRect().width);
      expect(frame).to.be.within(290, 299);
      const sizes = `${frame}px`;
      expect(img.getAttribute('sizes')).to.equal(sizes);
      const sources = [...root.querySelectorAll('picture > source')];
      expect(
        sources.map((s) => [s.getAttribute('type'), s.getAttribute('srcset'), s.getAttribute('sizes')]),
      ).to.deep.equal([
        ['image/avif', `${at('w=320&f=avif')} 320w, ${at('w=640&f=avif')} 640w`, sizes],
        ['image/webp', `${at('w=320&f=webp')} 320w`, sizes],
      ]);
      // The browser chose among them: a modern format it decodes, not the src.
      const modern = [at('w=320&f=avif'), at('w=640&f=avif'), at('w=320&f=webp')];
      await until(
        () => modern.includes(img.currentSrc),
        4000,
        `a modern rendition chosen (currentSrc: ${img.currentSrc})`,
      );
    });

    it('lets a lazy card below the fold be measured again at load time (sizes="auto")', async () => {
      // Not the page's first card (that one loads at once, with high priority), and no layout read
      // to size it: the browser sizes a lazy image when it loads it.
      const holder = fixtureSync(html`<div>
        <tin-card .article=${responsive}></tin-card>
        <tin-card style="display:block;margin-top:150vh;width:300px" .article=${responsive}></tin-card>
      </div>`);
      const el = holder.querySelectorAll<TinCard>('tin-card')[1]!;
      await el.updateComplete;
      const img = el.shadowRoot!.querySelector('img')!;
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('sizes')).to.equal('auto, 100vw');
    });

    it('sizes them to the frame beside the text in the horizontal layout, not to the card', async () => {
      const el = await fixture<TinCard>(
        html`<tin-card layout="horizontal" style="width:600px" .article=${responsive}></tin-card>`,
      );
      const root = el.shadowRoot!;
      const frame = Math.ceil(root.querySelector('[part="media"]')!.getBoundingClientRect().width);
      expect(frame).to.be.below(300);
      for (const el of root.querySelectorAll('picture > [sizes]'))
        expect(el.getAttribute('sizes')).to.equal(`${frame}px`);
      expect(root.querySelectorAll('picture > [sizes]').length).to.equal(3);
    });

    it('keeps the plain <img> when a feed offers none, and for the banner', async () => {
      const el = await fixture<TinCard>(html`<tin-card .article=${article}></tin-card>`);
      const root = el.shadowRoot!;
      expect(root.querySelector('picture')).to.equal(null);
      expect(root.querySelector('img')!.hasAttribute('srcset')).to.equal(false);
      expect(root.querySelector('img')!.hasAttribute('sizes')).to.equal(false);
      el.article = { ...responsive, image: undefined };
      await el.updateComplete;
      expect(root.querySelector('picture')).to.equal(null);
      expect(root.querySelector('img')!.getAttribute('src')).to.equal(BANNER);
      expect(root.querySelector('img')!.hasAttribute('srcset')).to.equal(false);
    });
  });

  it('falls back when the image fails to load', async () => {
    const el = await fixture<TinCard>(html`<tin-card .article=${article}></tin-card>`);
    // Lazy images may never be fetched in a background test page; fire the failure directly.
    el.shadowRoot!.querySelector('img')!.dispatchEvent(new Event('error'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')!.getAttribute('src')).to.equal(BANNER);
    el.shadowRoot!.querySelector('img')!.dispatchEvent(new Event('error'));
    await el.updateComplete;
    await until(() => el.shadowRoot!.querySelector('[part="placeholder"]'), 4000, 'placeholder after image error');
  });

  it('keeps keyboard focus on the title link when a failed image turns into the placeholder', async () => {
    const el = await fixture<TinCard>(html`<tin-card .article=${{ ...article, bannerImage: undefined }}></tin-card>`);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="link"]')!;
    link.focus();
    expect(el.shadowRoot!.activeElement).to.equal(link);
    el.shadowRoot!.querySelector('img')!.dispatchEvent(new Event('error'));
    await until(() => el.shadowRoot!.querySelector('[part="placeholder"]'), 4000, 'placeholder');
    const after = await until(() => el.shadowRoot!.activeElement, 2000, 'focus back inside the card');
    expect(after.getAttribute('part')).to.equal('link');
  });

  it('compact layout shows title and date only', async () => {
    const el = await fixture<TinCard>(html`<tin-card layout="compact" .article=${article}></tin-card>`);
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.querySelector('img, [part="media"], [part="summary"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal('09-07-2019 09:03');
  });

  it('horizontal layout puts the image beside the text', async () => {
    const el = await fixture<TinCard>(
      html`<tin-card layout="horizontal" style="width:600px" .article=${article}></tin-card>`,
    );
    const media = el.shadowRoot!.querySelector('[part="media"]')!.getBoundingClientRect();
    const title = el.shadowRoot!.querySelector('[part="title"]')!.getBoundingClientRect();
    expect(title.left).to.be.greaterThan(media.right - 1);
  });

  it('honours date-format and heading-level', async () => {
    const el = await fixture<TinCard>(
      html`<tin-card date-format="dd/MM/yyyy 'lúc' HH:mm" heading-level="4" .article=${article}></tin-card>`,
    );
    expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal('09/07/2019 lúc 09:03');
    expect(el.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('4');
  });

  it('writes weekday names in the card’s language', async () => {
    const vi = await fixture<TinCard>(
      html`<tin-card date-format="EEEE, dd/MM/yyyy HH:mm" .article=${article}></tin-card>`,
    );
    expect(vi.shadowRoot!.querySelector('time')!.textContent).to.equal('Thứ ba, 09/07/2019 09:03');
    const en = await fixture<TinCard>(
      html`<tin-card lang="en" date-format="EEE dd/MM" .article=${article}></tin-card>`,
    );
    expect(en.shadowRoot!.querySelector('time')!.textContent).to.equal('Tue 09/07');
  });

  it('loads from src + item-id, its place held first (the skeleton only for a slow answer)', async () => {
    const el = await fixture<TinCard>(html`<tin-card src=${feedUrl(FULL_FEED)} item-id="2"></tin-card>`);
    expect(el.shadowRoot!.querySelector('.reserve')).to.not.equal(null);
    await expect(el).to.be.accessible();
    await until(() => el.shadowRoot!.querySelector('[part="link"]'), 4000, 'card link');
    expect(el.shadowRoot!.querySelector('[part="link"]')!.textContent).to.equal(
      'Đẩy mạnh chuyển đổi số trong cơ quan nhà nước',
    );
    await expect(el).to.be.accessible();
  });

  describe('titles', () => {
    const LONG =
      'Ủy ban nhân dân tỉnh chỉ đạo triển khai các biện pháp cấp bách ứng phó với mưa lớn, lũ quét, sạt lở đất, bảo đảm an toàn tính mạng và tài sản của Nhân dân';
    const lines = (el: TinCard) => {
      const title = el.shadowRoot!.querySelector<HTMLElement>('[part="title"]')!;
      return title.getBoundingClientRect().height / parseFloat(getComputedStyle(title).lineHeight);
    };

    it('are never cut by default: a long government headline shows whole', async () => {
      const el = await fixture<TinCard>(
        html`<tin-card style="width:280px" .article=${{ ...article, title: LONG }}></tin-card>`,
      );
      const title = el.shadowRoot!.querySelector<HTMLElement>('[part="title"]')!;
      expect(lines(el)).to.be.above(4);
      // Nothing of it is hidden: the box is as tall as its text.
      expect(title.scrollHeight).to.be.at.most(title.clientHeight + 1);
      expect(shadowText(el)).to.contain(LONG);
    });

    it("are clamped when --tin-title-lines asks, the cut line's stacked marks (Ẩ, Ể, Ỗ) kept out of sight", async () => {
      const el = await fixture<TinCard>(
        html`<tin-card style="width:280px; --tin-title-lines: 2" .article=${{ ...article, title: `Ẩ Ể Ỗ ${LONG}` }}></tin-card>`,
      );
      const title = el.shadowRoot!.querySelector<HTMLElement>('[part="title"]')!;
      const style = getComputedStyle(title);
      const lineHeight = parseFloat(style.lineHeight);
      expect(title.getBoundingClientRect().height / lineHeight).to.be.closeTo(2, 0.05);
      // With the title's own font: the third line's marks must not reach up into the box (where
      // they would show under the second line), nor may the box cut the second line's descenders.
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const marks = context.measureText('ẨỂỖẪẰ');
      const descenders = context.measureText('gjpqy');
      const content = marks.fontBoundingBoxAscent + marks.fontBoundingBoxDescent;
      const baseline = (line: number) => line * lineHeight + marks.fontBoundingBoxAscent + (lineHeight - content) / 2;
      const height = title.clientHeight;
      expect(baseline(2) - marks.actualBoundingBoxAscent, "top of the hidden line's marks").to.be.at.least(height);
      expect(baseline(1) + descenders.actualBoundingBoxDescent, 'bottom of the last line').to.be.at.most(height);
      // And lines shown do not touch: a line's marks stay below the descenders of the one above.
      expect(baseline(1) - marks.actualBoundingBoxAscent).to.be.above(
        baseline(0) + descenders.actualBoundingBoxDescent,
      );
    });

    it('skeletons draw no "…" of their hidden placeholder text', async () => {
      const el = await fixture<TinCard>(
        html`<tin-card style="width:200px" src=${`/__fault/slow?ms=5000&id=card-skeleton-${Math.random()}`} item-id="1"></tin-card>`,
      );
      const skeleton = await until(() => el.shadowRoot!.querySelector('.skeleton'), 4000, 'the skeleton');
      expect(skeleton).to.not.equal(null);
      // A line clamp paints its ellipsis in the box's colour: transparent in a skeleton.
      for (const part of ['title', 'summary']) {
        const box = skeleton!.querySelector<HTMLElement>(`[part="${part}"]`)!;
        expect(getComputedStyle(box).color, part).to.equal('rgba(0, 0, 0, 0)');
      }
    });
  });

  it('capitalises a relative date, alone on its line', async () => {
    const fresh = { ...article, published: new Date(Date.now() - 5_000) };
    const el = await fixture<TinCard>(html`<tin-card date-style="relative" .article=${fresh}></tin-card>`);
    await until(() => el.shadowRoot!.querySelector('time'), 4000, 'the date');
    expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal('Vừa xong');
  });

  it('does not shift layout when the data arrives', async () => {
    const el = await fixture<TinCard>(
      html`<tin-card style="width:300px" src=${feedUrl(FULL_FEED)} item-id="tin-1"></tin-card>`,
    );
    const before = el.getBoundingClientRect().height;
    await until(() => el.shadowRoot!.querySelector('[part="link"]'));
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).to.be.closeTo(before, 4);
  });

  it('shows a Vietnamese "not found" state for an unknown item-id', async () => {
    const el = await fixture<TinCard>(html`<tin-card src=${feedUrl(FULL_FEED)} item-id="khong-co"></tin-card>`);
    const error = await until(() => el.shadowRoot!.querySelector('[part="error"]'));
    expect(error.getAttribute('role')).to.equal('alert');
    expect(shadowText(el)).to.contain('Không tìm thấy bài viết.');
    await expect(el).to.be.accessible();
  });

  it('shows a Vietnamese error for an invalid feed, without "Thử lại" (asking again cannot mend it)', async () => {
    const el = await fixture<TinCard>(
      html`<tin-card src=${feedUrl('<html><body>Trang lỗi</body></html>', 'text/html')} item-id="1"></tin-card>`,
    );
    await until(() => el.shadowRoot!.querySelector('[part="error"]'));
    expect(shadowText(el)).to.contain('Hiện không hiển thị được tin bài. Mong bạn đọc thông cảm.');
    expect(el.shadowRoot!.querySelector('[part~="error"] button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a Vietnamese error with a retry button for a server error', async function () {
    this.timeout(15_000); // three attempts, with back-off
    const el = await fixture<TinCard>(
      html`<tin-card src="/__fault/500?id=tin-card-retry-${Date.now()}" item-id="1"></tin-card>`,
    );
    await until(() => el.shadowRoot!.querySelector('[part="error"]'), 8000);
    expect(shadowText(el)).to.contain('Hiện chưa tải được tin bài. Vui lòng thử lại sau.');
    expect(el.shadowRoot!.querySelector('[part~="error"] button')!.textContent!.trim()).to.equal('Thử lại');
    await expect(el).to.be.accessible();
  });

  it('speaks English under lang="en"', async () => {
    const el = await fixture<TinCard>(
      html`<tin-card lang="en" src=${feedUrl(FULL_FEED)} item-id="khong-co"></tin-card>`,
    );
    await until(() => el.shadowRoot!.querySelector('[part="error"]'));
    expect(shadowText(el)).to.contain('Article not found.');
    await expect(el).to.be.accessible();
  });

  it('cuts a summary without spaces where it is, never inside a character of two UTF-16 units', () => {
    expect(teaser('x'.repeat(20), 10)).to.equal(`${'x'.repeat(10)}…`);
    // "😀" is two units: a cut at 10 would keep only its first, a character of its own.
    expect(teaser(`${'x'.repeat(9)}${'😀'.repeat(5)}`, 10)).to.equal(`${'x'.repeat(9)}…`);
  });

  it('previews a summary that holds a whole article by its first 1,000 characters, cut at a word', async () => {
    const summary = `${'Nội dung bài viết đầy đủ. '.repeat(200)}Hết.`;
    const el = fixtureSync<TinCard>(html`<tin-card .article=${{ ...article, summary }}></tin-card>`);
    await el.updateComplete;
    const shown = el.shadowRoot!.querySelector('[part="summary"]')!.textContent!;
    expect(shown).to.have.length.within(900, 1001);
    const kept = shown.slice(0, -1);
    expect(shown.at(-1)).to.equal('…');
    // The summary's own start, ending at a word's end.
    expect(summary.startsWith(kept)).to.equal(true);
    expect(summary[kept.length]).to.equal(' ');
    // A summary of ordinary length is shown as it is.
    el.article = article;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.equal(article.summary);
  });

  it('shows a headline whole, even a long one, but a title of 100,000 characters by its first 1,000', async () => {
    const headline = `${'Tỉnh triển khai kế hoạch chuyển đổi số, '.repeat(20)}năm 2026`;
    const el = fixtureSync<TinCard>(html`<tin-card .article=${{ ...article, title: headline }}></tin-card>`);
    await el.updateComplete;
    expect(headline.length).to.be.greaterThan(800);
    expect(el.shadowRoot!.querySelector('[part="link"]')!.textContent).to.equal(headline);
    const crafted = `${'Tiêu đề dài '.repeat(9000)}hết`;
    el.article = { ...article, title: crafted };
    await el.updateComplete;
    const shown = el.shadowRoot!.querySelector('[part="link"]')!.textContent!;
    expect(shown).to.have.length.within(900, 1001);
    expect(shown.at(-1)).to.equal('…');
    expect(crafted.startsWith(shown.slice(0, -1))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('fires a cancelable tin-select; cancelling keeps the browser on the page', async () => {
    const el = await fixture<TinCard>(html`<tin-card .article=${article}></tin-card>`);
    let detail: unknown;
    el.addEventListener('tin-select', (event) => {
      detail = event.detail.article;
      event.preventDefault();
    });
    const before = location.href;
    const prevented = clickStayingHere(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="link"]')!);
    expect(detail).to.equal(article);
    // The link leads to another site: only the cancelled click shows that the browser stays.
    expect(prevented, 'the click’s default (following the link) cancelled').to.equal(true);
    expect(location.href).to.equal(before);
  });

  it('focus() lands on the title link', async () => {
    const el = await fixture<TinCard>(html`<tin-card .article=${article}></tin-card>`);
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('[part="link"]'));
  });
});
