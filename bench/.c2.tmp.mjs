import { chromium } from 'playwright-core';
import { startServer } from './lib/server.mjs';
const server = await startServer(process.cwd());
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
const rows = [];
for (let i = 0; i < 16; i++) {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.addInitScript(() => {
    window.__m = {};
    const origText = Response.prototype.text;
    Response.prototype.text = async function () { const r = await origText.call(this); if (this.url.includes('feed-20')) window.__m.text = performance.now(); return r; };
    document.addEventListener('tin-load', async (ev) => { window.__m.load = performance.now(); const el = ev.target; setTimeout(() => { window.__m.nextTask = performance.now(); }); await el.updateComplete; window.__m.feedDone = performance.now(); const cards = [...el.shadowRoot.querySelectorAll('tin-card')]; await Promise.all(cards.map((c) => c.updateComplete)); window.__m.cardsDone = performance.now(); }, { capture: true, once: true });
    customElements.whenDefined('tin-feed').then(async () => {
      const el = document.querySelector('tin-feed');
      await el.updateComplete; window.__m.skFeed = performance.now();
      await Promise.all([...el.shadowRoot.querySelectorAll('tin-card')].map((c) => c.updateComplete)); window.__m.skCards = performance.now();
      requestAnimationFrame(() => { window.__m.skRaf = performance.now(); const ch = new MessageChannel(); ch.port1.onmessage = () => { window.__m.skPainted = performance.now(); }; ch.port2.postMessage(0); });
    });
    const origDefine = CustomElementRegistry.prototype.define;
    window.__u = [];
    CustomElementRegistry.prototype.define = function (n, c, o) {
      window.__m['def:' + n] = performance.now();
      for (const m of ['update', 'scheduleUpdate', 'performUpdate']) {
        const orig = c.prototype[m];
        if (orig && Object.prototype.hasOwnProperty.call(c.prototype, m) || m !== 'update') {
          const f = c.prototype[m];
          c.prototype[m] = function (...a) { const t = performance.now(); const r = f.apply(this, a); window.__u.push([n, m, Math.round(t * 10) / 10, Math.round((performance.now() - t) * 10) / 10]); return r; };
        }
      }
      return origDefine.call(this, n, c, o);
    };
  });
  await page.goto(`${server.origin}/bench/pages/paint-lib.html`);
  const r = await page.evaluate(async () => { const d = await window.benchDone; return { ...d, ...window.__m, u: window.__u }; });
  if (i === 3) console.log(JSON.stringify(r.u.filter((x) => x[2] > r.load - 5 && x[2] < r.linked + 5)));
  rows.push(r);
  await page.context().close();
}
const med = (k) => { const v = rows.map((r) => r[k]).filter((x) => x !== undefined).sort((a, b) => a - b); return v.length ? v[v.length >> 1].toFixed(1) : '-'; };
console.log(['def:tin-card', 'def:tin-feed', 'skFeed', 'skCards', 'skRaf', 'skPainted', 'requestStart', 'responseStart', 'responseEnd', 'text', 'load', 'feedDone', 'cardsDone', 'nextTask', 'linked', 'frame', 'painted'].map((k) => `${k}=${med(k)}`).join('\n'));
await browser.close(); process.exit(0);
