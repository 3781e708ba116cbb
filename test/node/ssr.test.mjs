// Server rendering: the built elements (dist/) render with @lit-labs/ssr in Node, to Declarative
// Shadow DOM, without a DOM. An article's body never reaches the server's HTML: it is sanitised in
// the browser after hydration (test/integration/ssr-hydration.test.ts does that part).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../../dist/define.js';
import { parseJsonFeed } from '../../dist/index.js';

const ssr = (template) => collectResult(render(template));
const shadowRoot = (tag) => new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open"`);

const hostile = '<p>Thân bài an toàn</p><img src="x" onerror="alert(1)"><script>alert(2)</script>';
const feed = parseJsonFeed(
  {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Tin tức',
    items: [
      {
        id: 'tin-1',
        url: 'https://portal.example.gov.vn/tin-1.html',
        title: 'Hội nghị sơ kết công tác',
        content_html: hostile,
        date_published: '2026-11-25T09:03:00+07:00',
        attachments: [
          { url: 'https://portal.example.gov.vn/files/ke-hoach-12.pdf', mime_type: 'application/pdf' },
          // Dropped by the parser: no link to it anywhere.
          { url: 'javascript:alert(3)', mime_type: 'application/pdf', title: 'Tệp lạ' },
        ],
      },
    ],
  },
  'https://portal.example.gov.vn/feed.json',
);
const [article] = feed.items;

describe('server rendering with @lit-labs/ssr', () => {
  for (const tag of ['tin-card', 'tin-list', 'tin-feed', 'tin-article']) {
    it(`renders <${tag} src> to Declarative Shadow DOM, its loading skeleton`, async () => {
      // Static tags: html`` cannot bind a tag name, and unsafeStatic would need lit/static-html.
      const templates = {
        'tin-card': html`<tin-card src="/feed.json" item-id="tin-1"></tin-card>`,
        'tin-list': html`<tin-list src="/feed.json"></tin-list>`,
        'tin-feed': html`<tin-feed src="/feed.json"></tin-feed>`,
        'tin-article': html`<tin-article src="/feed.json" item-id="tin-1"></tin-article>`,
      };
      const out = await ssr(templates[tag]);
      assert.match(out, shadowRoot(tag));
      assert.match(out, /class="[^"]*skeleton/);
    });
  }

  it('renders <tin-article> given an article without its body: no feed HTML on the server', async () => {
    const out = await ssr(html`<tin-article .article=${article} no-json-ld></tin-article>`);
    assert.match(out, shadowRoot('tin-article'));
    assert.match(out, /Hội nghị sơ kết công tác/, 'the title is rendered');
    assert.match(out, /class="skeleton-body\b/, "the body's skeleton stands in for the body");
    assert.doesNotMatch(out, /Thân bài an toàn/);
    assert.doesNotMatch(out, /onerror|<script>alert/);
  });

  it("writes an article's attachments as plain links, which visitors without JavaScript keep", async () => {
    const out = await ssr(html`<tin-article .article=${article} no-json-ld></tin-article>`);
    assert.match(out, /Tệp đính kèm/);
    assert.match(
      out,
      /<a href="https:\/\/portal\.example\.gov\.vn\/files\/ke-hoach-12\.pdf" download>(<!--[^>]*-->)*ke-hoach-12\.pdf/,
    );
    assert.doesNotMatch(out, /javascript:/);
  });

  it('renders <tin-card> given an article with its content', async () => {
    const out = await ssr(html`<tin-card .article=${article}></tin-card>`);
    assert.match(out, shadowRoot('tin-card'));
    assert.match(out, /Hội nghị sơ kết công tác/);
    assert.match(out, /href="https:\/\/portal\.example\.gov\.vn\/tin-1\.html"/);
  });
});
