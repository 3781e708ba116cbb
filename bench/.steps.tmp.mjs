import { chromium } from 'playwright-core';
import { startServer } from './lib/server.mjs';
const server = await startServer(process.cwd());
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
for (let i = 0; i < 14; i++) {
const page = await (await browser.newContext()).newPage();
await page.addInitScript(() => { window.__lt = []; new PerformanceObserver(l => { for (const e of l.getEntries()) window.__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true }); });
await page.goto(`${server.origin}/bench/pages/big-list.html`);
await page.waitForTimeout(1500);
const r = await page.evaluate(() => ({ lt: window.__lt, steps: window.__steps }));
console.log('LT', JSON.stringify(r.lt));
if (r.lt.length) console.log(r.steps.filter(s => s[2] > 3 || s[0].startsWith('read')).map(s => s.join(' ')).join('; '));
await page.context().close();
}
await browser.close(); process.exit(0);
