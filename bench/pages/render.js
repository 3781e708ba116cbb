// In-page half of the render benchmarks (figures a, b, f): each call builds one library element
// or its vanilla twin in a fresh container and returns the time, measured here with
// performance.now() / performance.measure, from creation to rendered + one forced layout.
const stage = document.getElementById('stage');
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const data = {};
let container;
// Three variants: the library, the vanilla baseline, and for b the baseline written in plain Lit.
const TAGS = {
  card: { lib: 'tin-card', base: 'vanilla-card', lit: 'lit-card' },
  feed: { lib: 'tin-feed', base: 'vanilla-feed', lit: 'lit-feed' },
};

const makeCard = (kind, article) => Object.assign(document.createElement(TAGS.card[kind]), { article });

/**
 * A 100-card grid of variant `kind`, loading `src` (`fresh`: a URL not yet loaded, so the library
 * answers with `tin-load`) or given `feed`; `rendered()` resolves once it and all its cards have.
 */
function makeGrid(kind, { src, feed, fresh = false }) {
  const el = document.createElement(TAGS.feed[kind]);
  el.setAttribute('limit', '100');
  const loaded =
    fresh && kind === 'lib' ? new Promise((resolve) => el.addEventListener('tin-load', resolve, { once: true })) : undefined;
  if (src) el.setAttribute('src', src);
  else el.feed = feed;
  const rendered = async () => {
    if (kind !== 'lib') return el.ready;
    await loaded;
    await el.updateComplete;
    await Promise.all([...el.shadowRoot.querySelectorAll('tin-card')].map((card) => card.updateComplete));
  };
  return { el, rendered };
}

/** Loads a feed through the library itself, so `.feed` gets the library's own parsed model. */
function libraryFeed(src) {
  return new Promise((resolve, reject) => {
    const loader = document.createElement('tin-list');
    loader.hidden = true;
    loader.addEventListener('tin-load', (event) => {
      loader.remove();
      resolve(event.detail.feed);
    }, { once: true });
    loader.addEventListener('tin-error', (event) => reject(new Error(event.detail.message)), { once: true });
    loader.setAttribute('src', src);
    document.body.append(loader);
  });
}

/** Removes the last sample, lets style/layout/GC settle outside the timed region. */
async function settle() {
  container?.remove();
  document.body.getBoundingClientRect();
  if (!window.bench.noGc) globalThis.gc?.();
  await frame();
  await frame();
  container = document.createElement('div');
  stage.append(container);
}

function measure(name, start) {
  const end = performance.now();
  performance.measure(name, { start, end });
  return end - start;
}

async function setup() {
  // Lazily loaded elements: make the library fetch their chunks now, not inside a sample.
  const probe = document.createElement('div');
  probe.innerHTML = '<tin-feed hidden></tin-feed><tin-article hidden></tin-article>';
  document.body.append(probe);
  await Promise.all(['tin-card', 'tin-list', 'tin-feed', 'tin-article', 'vanilla-list', 'vanilla-card', 'vanilla-feed', 'lit-card', 'lit-feed'].map((tag) => customElements.whenDefined(tag)));
  probe.remove();
  data.feed1000 = await libraryFeed('/__bench/feed-1000.json');
  data.feed100 = await libraryFeed('/__bench/feed-100.json');
  data.feed20 = await libraryFeed('/__bench/feed-20.json');
  data.content20 = await libraryFeed('/__bench/feed-20-content.json');
  return { items: [data.feed1000.items.length, data.feed100.items.length, data.feed20.items.length] };
}

// --- a) 1,000-item list -------------------------------------------------------------------------
async function list(kind) {
  await settle();
  const start = performance.now();
  const el = document.createElement(kind === 'lib' ? 'tin-list' : 'vanilla-list');
  el.limit = 1000;
  el.setAttribute('limit', '1000');
  el.feed = data.feed1000;
  container.append(el);
  if (kind === 'lib') await el.updateComplete;
  el.getBoundingClientRect();
  return measure(`${kind}-list-1000`, start);
}

// --- b2) 100 cards with .article in a grid -------------------------------------------------------
async function cards(kind) {
  await settle();
  const start = performance.now();
  const grid = document.createElement('div');
  grid.className = 'card-grid';
  const made = [];
  for (const article of data.feed100.items) made.push(makeCard(kind, article));
  grid.append(...made);
  container.append(grid);
  if (kind !== 'base') await Promise.all(made.map((card) => card.updateComplete));
  grid.getBoundingClientRect();
  return measure(`${kind}-cards-100`, start);
}

// --- b3) <tin-feed> over a feed already in memory: the grid render alone -----------------------------
// The library's memory cache holds /__bench/feed-100.json since setup() (younger than its 30 s
// max-age, so no revalidation starts); the baseline gets the same parsed feed as a property.
async function feedCached(kind) {
  await settle();
  const start = performance.now();
  const { el, rendered } = makeGrid(kind, kind === 'lib' ? { src: '/__bench/feed-100.json' } : { feed: data.feed100 });
  container.append(el);
  await rendered();
  el.getBoundingClientRect();
  const ms = measure(`${kind}-feed-cached-100`, start);
  const cards = el.shadowRoot.querySelectorAll(TAGS.card[kind]);
  if (cards.length !== 100) throw new Error(`${kind} feed rendered ${cards.length} cards`);
  if (kind === 'lib' && cards[0].shadowRoot.querySelector('.skeleton')) throw new Error('the cached feed rendered a skeleton');
  return ms;
}

// --- b1) <tin-feed src> with 100 items (fetch + parse + render), cache-busted per sample -----------
let feedSample = 0;
async function feed(kind) {
  await settle();
  sessionStorage.clear();
  const src = `/__bench/feed-100.json?s=${++feedSample}`;
  const start = performance.now();
  const { el, rendered } = makeGrid(kind, { src, fresh: true });
  container.append(el);
  await rendered();
  el.getBoundingClientRect();
  const ms = measure(`${kind}-feed-100`, start);
  const count = el.shadowRoot.querySelectorAll(TAGS.card[kind]).length;
  if (count !== 100) throw new Error(`${kind} feed rendered ${count} cards`);
  return ms;
}

// --- markup check: the baseline must build what the library builds ------------------------------
function describe(node, out = [], depth = 0) {
  const pad = ' '.repeat(depth);
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      const text = child.data.replace(/\s+/g, ' ').trim();
      if (text) out.push(`${pad}"${text}"`);
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      const attrs = [...child.attributes]
        .map((a) => `${a.name}=${/^(id|aria-labelledby)$/.test(a.name) ? '<id>' : a.value}`)
        .sort()
        .join(' ');
      out.push(`${pad}<${child.localName.replace(/^(vanilla|lit)-/, 'tin-')} ${attrs}>`);
      if (child.shadowRoot) {
        out.push(`${pad} #shadow sheets=${child.shadowRoot.adoptedStyleSheets.length} delegatesFocus=${child.shadowRoot.delegatesFocus}`);
        describe(child.shadowRoot, out, depth + 2);
      }
      describe(child, out, depth + 1);
    }
  }
  return out;
}

function renderedText(el) {
  return [...el.shadowRoot.children].map((child) => child.innerText).join('\n').replace(/[ \t]+/g, ' ');
}

function compare(name, lib, base) {
  const a = describe(lib.parentNode);
  const b = describe(base.parentNode);
  let diff;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      diff = { line: i, library: a[i], baseline: b[i] };
      break;
    }
  }
  const textA = renderedText(lib);
  const textB = renderedText(base);
  return {
    name,
    nodes: a.length,
    same: !diff && textA === textB,
    diff,
    text: textA === textB ? undefined : { library: textA.slice(0, 300), baseline: textB.slice(0, 300) },
  };
}

async function verify() {
  const results = [];
  const pair = async (name, build) => {
    await settle();
    const wrapA = document.createElement('div');
    const wrapB = document.createElement('div');
    container.append(wrapA, wrapB);
    const [lib, base] = await build(wrapA, wrapB);
    results.push(compare(name, lib, base));
  };
  await pair('tin-list (1,000 items)', async (a, b) => {
    const lib = Object.assign(document.createElement('tin-list'), { feed: data.feed1000, limit: 1000 });
    const base = Object.assign(document.createElement('vanilla-list'), { feed: data.feed1000, limit: 1000 });
    a.append(lib);
    b.append(base);
    await lib.updateComplete;
    return [lib, base];
  });
  await pair('tin-list load-more (20 items, limit 5)', async (a, b) => {
    const lib = Object.assign(document.createElement('tin-list'), { feed: data.feed20, limit: 5 });
    lib.setAttribute('load-more', '');
    const base = Object.assign(document.createElement('vanilla-list'), { feed: data.feed20, limit: 5 });
    base.setAttribute('load-more', '');
    a.append(lib);
    b.append(base);
    await lib.updateComplete;
    return [lib, base];
  });
  // The library and the Lit floor are each held to the baseline's markup.
  for (const [name, kind] of [
    ['tin-card', 'lib'],
    ['lit-card (Lit floor) = vanilla-card', 'lit'],
  ]) {
    await pair(name, async (a, b) => {
      const el = makeCard(kind, data.feed100.items[0]);
      const base = makeCard('base', data.feed100.items[0]);
      a.append(el);
      b.append(base);
      await el.updateComplete;
      return [el, base];
    });
  }
  for (const [name, kind] of [
    ['tin-feed (100 cards)', 'lib'],
    ['lit-feed (Lit floor, 100 cards) = vanilla-feed', 'lit'],
  ]) {
    await pair(name, async (a, b) => {
      const grid = makeGrid(kind, { src: '/__bench/feed-100.json?verify', fresh: true });
      const base = makeGrid('base', { src: '/__bench/feed-100.json?verify' });
      a.append(grid.el);
      b.append(base.el);
      await Promise.all([grid.rendered(), base.rendered()]);
      return [grid.el, base.el];
    });
  }
  await settle();
  return results;
}

// --- f) mount/unmount cycles --------------------------------------------------------------------
async function mountOnce(kind) {
  let el;
  if (kind === 'tin-card') {
    el = Object.assign(document.createElement('tin-card'), { article: data.feed20.items[3] });
  } else if (kind === 'tin-list') {
    el = Object.assign(document.createElement('tin-list'), { feed: data.feed20, limit: 20 });
  } else if (kind === 'tin-article') {
    el = Object.assign(document.createElement('tin-article'), { article: data.content20.items[2], feed: data.content20 });
  } else {
    el = document.createElement('tin-feed');
    el.setAttribute('src', '/__bench/feed-20.json');
    el.setAttribute('limit', '20');
  }
  container.append(el);
  await el.updateComplete;
  if (kind === 'tin-feed') await Promise.all([...el.shadowRoot.querySelectorAll('tin-card')].map((card) => card.updateComplete));
  if (kind === 'tin-article') {
    // The sanitised body arrives in a second update.
    for (let i = 0; i < 5 && !(await el.updateComplete); i++);
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
  }
  el.getBoundingClientRect();
  el.remove();
}

async function cycles(kind, count) {
  await settle();
  for (let i = 0; i < count; i++) await mountOnce(kind);
  container.remove();
  await frame();
  await frame();
}

window.bench = { setup, list, cards, feed, feedCached, verify, cycles, ready: true };
