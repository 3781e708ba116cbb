// A server-rendered page (test/server/ssr-pages.mjs: @lit-labs/ssr in Node, from dist/) hydrates:
// the four elements arrive as Declarative Shadow DOM showing their skeletons, Lit's hydration
// adopts those very nodes (no second render, no box that moves), the feed is requested once for
// the whole page (the server never fetched it), and the article body is sanitised in the browser.
import { expect } from '@open-wc/testing';
import { openFrame, until } from '../helpers.js';

type PageWindow = Window & typeof globalThis & { __shifts: number[]; __pwned?: boolean };

const IDS = ['card', 'list', 'article', 'feed'] as const;

async function hits(key: string): Promise<number> {
  const answer = await fetch(`/__fault/hits?key=${encodeURIComponent(key)}`);
  return ((await answer.json()) as { hits: number }).hits;
}

describe('server-rendered page, hydrated', () => {
  it('hydrates the server’s shadow DOM in place, then loads the feed once', async function () {
    // A render in a child process on the server, then the unbundled dist/ modules: slow on a busy machine.
    this.timeout(30_000);
    const id = `ssr-${Math.random().toString(36).slice(2)}`;
    const feed = `/__fault/gate?id=${id}`;
    const { win, doc, errors } = await openFrame<PageWindow>(
      `/test/pages/ssr/index.html?feed=${encodeURIComponent(feed)}`,
    );
    const host = (name: (typeof IDS)[number]) => doc.getElementById(name)!;

    // Before any script: the server's markup alone, in declarative shadow roots.
    const before = new Map<string, { box: DOMRect; node: Element }>();
    for (const name of IDS) {
      const element = host(name);
      expect(element.matches(':defined'), `<tin-${name}> not yet defined`).to.equal(false);
      const node = element.shadowRoot?.querySelector('[class*="skeleton"], [aria-busy="true"]');
      expect(node, `<tin-${name}>'s server-rendered skeleton`).to.exist;
      before.set(name, { box: element.getBoundingClientRect(), node: node! });
    }
    expect(await hits(`gate?id=${id}`), 'requests before hydration (the server fetched nothing)').to.equal(0);

    const script = doc.createElement('script');
    script.type = 'module';
    script.src = '/test/pages/ssr/hydrate.js';
    doc.head.append(script);
    await until(() => IDS.every((name) => host(name).matches(':defined')), 10_000, 'the elements to be defined');
    for (const name of IDS) await (host(name) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    // One request, held open by the server: every element is hydrated and still loading.
    while ((await hits(`gate?id=${id}`)) === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await hits(`gate?id=${id}`), 'requests for the four elements').to.equal(1);

    for (const name of IDS) {
      const { box, node } = before.get(name)!;
      expect(node.isConnected, `<tin-${name}> kept the server's nodes (hydrated, not re-rendered)`).to.equal(true);
      const now = host(name).getBoundingClientRect();
      expect([now.x, now.y, now.width, now.height], `<tin-${name}>'s box`).to.deep.equal([
        box.x,
        box.y,
        box.width,
        box.height,
      ]);
    }
    expect(win.__shifts, 'layout shifts while hydrating').to.deep.equal([]);

    await fetch(`/__fault/gate-open?id=${id}`);
    const root = (name: (typeof IDS)[number]) => host(name).shadowRoot!;
    await until(
      () =>
        root('card').querySelector('[part="link"]') &&
        root('list').querySelectorAll('[part="item"]').length === 3 &&
        root('article').querySelector('[part="body"] p') &&
        root('feed').querySelectorAll('tin-card').length === 2,
      10_000,
      'every element to show the feed',
    );
    expect(root('article').querySelector('[part="body"] p')!.textContent).to.equal('Nội dung bản tin số 1.');
    expect(root('article').querySelector('[part="body"] [onerror]'), 'the body, sanitised in the browser').to.equal(
      null,
    );
    expect(win.__pwned).to.equal(undefined);
    expect(await hits(`gate?id=${id}`), 'requests in all (no second fetch)').to.equal(1);
    expect(errors, 'errors in the page (a hydration mismatch throws)').to.deep.equal([]);
  });
});
