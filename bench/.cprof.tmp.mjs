import { chromium } from 'playwright-core';
import { startServer } from './lib/server.mjs';
const server = await startServer(process.cwd());
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
const self = new Map(), incl = new Map();
for (let i = 0; i < 4; i++) {
const page = await (await browser.newContext()).newPage();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await page.addInitScript(() => { document.addEventListener('tin-load', () => performance.mark('X-load'), { capture: true, once: true }); const orig = window.benchLinked; Object.defineProperty(window, 'benchLinked', { configurable: true, set(fn) { Object.defineProperty(window, 'benchLinked', { value: (...a) => { performance.mark('X-linked'); return fn(...a); } }); } }); });
await browser.startTracing(page, { categories: ['toplevel','loading','devtools.timeline','blink.user_timing'] });
await cdp.send('Profiler.start');
await page.goto(`${server.origin}/bench/pages/paint-lib.html`);
await page.waitForTimeout(1200);
const { profile } = await cdp.send('Profiler.stop');
const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
const send = events.find(e => e.name === 'ResourceSendRequest' && /feed-20/.test(e.args?.data?.url));
const fin = events.find(e => e.name === 'ResourceFinish' && e.args?.data?.requestId === send.args.data.requestId);
const m1 = events.find(e => e.name === 'X-load'), m2 = events.find(e => e.name === 'X-linked');
const task = { ts: m1.ts, dur: m2.ts - m1.ts }; console.log('window ms', (task.dur/1000).toFixed(1));
const byId = new Map(profile.nodes.map(n => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
let t = profile.startTime;
profile.samples.forEach((id, k) => {
  t += profile.timeDeltas[k];
  if (t < task.ts || t > task.ts + task.dur) return;
  const name = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
  self.set(name(byId.get(id)), (self.get(name(byId.get(id))) ?? 0) + 0.05 / 4);
  const seen = new Set(); let cur = id;
  while (cur) { const nm = name(byId.get(cur)); if (!seen.has(nm)) { seen.add(nm); incl.set(nm, (incl.get(nm) ?? 0) + 0.05 / 4); } cur = parent.get(cur); }
});
await page.context().close();
}
console.log('SELF'); [...self].sort((a,b)=>b[1]-a[1]).slice(0,20).forEach(([n,v])=>console.log(v.toFixed(2).padStart(7), n));
console.log('INCL'); [...incl].sort((a,b)=>b[1]-a[1]).slice(0,40).forEach(([n,v])=>console.log(v.toFixed(2).padStart(7), n));
await browser.close(); process.exit(0);
