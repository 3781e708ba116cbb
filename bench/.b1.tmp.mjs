import { chromium } from 'playwright-core';
import { startServer } from './lib/server.mjs';
const server = await startServer(process.cwd());
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage','--js-flags=--expose-gc'] });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage(); page.on('console', m => console.log('C', m.text().slice(0,200))); page.on('pageerror', e => console.log('E', e.message));
await page.goto(`${server.origin}/bench/pages/styles.html`);
server.setStyles(await page.waitForFunction(() => window.styleTexts).then((h) => h.jsonValue()));
await page.goto(`${server.origin}/bench/pages/render.html`);
await page.waitForFunction(() => window.bench?.ready);
await page.evaluate(() => window.bench.setup());
const rows = await page.evaluate(async () => {
  const out = [];
  let n = 0;
  let tText = 0, tParse = 0;
  const origText = Response.prototype.text;
  Response.prototype.text = async function () { const r = await origText.call(this); tText = performance.now(); return r; };
  const origParse = JSON.parse;
  JSON.parse = function (...a) { const r = origParse.apply(this, a); if (a[0].length > 10000) tParse = performance.now(); return r; };
  for (let round = 0; round < 16; round++) {  for (const kind of ['lib', 'base']) {
    await new Promise((r) => setTimeout(r, 50));
    const src = `/__bench/feed-100.json?t=${++n}`;
    const t0 = performance.now();
    const el = document.createElement(kind === 'lib' ? 'tin-feed' : 'vanilla-feed');
    el.setAttribute('limit', '100');
    let tLoad;
    const loaded = kind === 'lib' ? new Promise((r) => el.addEventListener('tin-load', () => { tLoad = performance.now(); r(); }, { once: true })) : null;
    el.setAttribute('src', src);
    document.body.append(el);
    const tAppend = performance.now();
    if (kind === 'lib') { await loaded; await el.updateComplete; await Promise.all([...el.shadowRoot.querySelectorAll('tin-card')].map((c) => c.updateComplete)); }
    else await el.ready;
    const tRendered = performance.now();
    el.getBoundingClientRect();
    const tEnd = performance.now();
    const res = performance.getEntriesByType('resource').find((e) => e.name.endsWith(src));
    if (round >= 4) out.push({ kind, text: tText - t0, jparse: tParse - t0, append: tAppend - t0, fetchStart: res.startTime - t0, respEnd: res.responseEnd - t0, load: tLoad ? tLoad - t0 : 0, rendered: tRendered - t0, end: tEnd - t0 });
    el.remove();
  } }
  return out;
});
for (const kind of ['lib', 'base']) {
  const r = rows.filter((x) => x.kind === kind);
  const med = (k) => { const v = r.map((x) => x[k]).sort((a, b) => a - b); return v[v.length >> 1].toFixed(1); };
  console.log(kind, ['fetchStart', 'respEnd', 'text', 'jparse', 'load', 'rendered', 'end'].map((k) => `${k}=${med(k)}`).join(' '));
}
await browser.close(); process.exit(0);
