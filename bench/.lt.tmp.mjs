import { chromium } from 'playwright-core';
import { startServer } from './lib/server.mjs';
const server = await startServer(process.cwd());
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
for (let i = 0; i < 8; i++) {
const page = await (await browser.newContext()).newPage();
await page.addInitScript(() => { window.__lt = []; new PerformanceObserver(l => { for (const e of l.getEntries()) window.__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
  window.__res = []; new PerformanceObserver(l => { for (const e of l.getEntries()) window.__res.push([e.name.split('/').pop().slice(0,30), Math.round(e.startTime), Math.round(e.responseEnd)]); }).observe({ type: 'resource', buffered: true }); });
await page.goto(`${server.origin}/bench/pages/${process.argv[2] ?? 'big-list'}.html`);
await page.waitForTimeout(2000);
console.log(JSON.stringify(await page.evaluate(() => ({ lt: window.__lt, res: window.__res }))));
await page.context().close();
}
await browser.close(); process.exit(0);
