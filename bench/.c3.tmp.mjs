import { chromium } from 'playwright-core';
import { startServer } from './lib/server.mjs';
const server = await startServer(process.cwd());
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
const agg = new Map(); let n = 0;
for (let i = 0; i < 4; i++) {
const page = await (await browser.newContext()).newPage();
await page.addInitScript(() => { document.addEventListener('tin-load', async (ev) => { performance.mark('X-load'); await ev.target.updateComplete; performance.mark('X-done'); }, { capture: true, once: true }); });
await browser.startTracing(page, { categories: ['toplevel','devtools.timeline','disabled-by-default-devtools.timeline','blink.user_timing','v8.execute','blink','v8'] });
await page.goto(`${server.origin}/bench/pages/paint-lib.html`);
await page.waitForTimeout(1200);
const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
const a = events.find(e => e.name === 'X-load'), b = events.find(e => e.name === 'X-done');
if (!a || !b) { console.log('no marks'); continue; }
n++;
console.log('window', ((b.ts - a.ts) / 1000).toFixed(1));
const inWin = events.filter(e => e.tid === a.tid && e.ph === 'X' && e.ts >= a.ts && e.ts + e.dur <= b.ts + 1000 && e.dur > 200);
for (const e of inWin) agg.set(e.name, (agg.get(e.name) ?? 0) + e.dur / 1000);
await page.context().close();
}
[...agg].sort((x, y) => y[1] - x[1]).slice(0, 30).forEach(([k, v]) => console.log((v / n).toFixed(1).padStart(7), k));
await browser.close(); process.exit(0);
