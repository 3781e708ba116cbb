import { chromium } from 'playwright-core';
import { startServer } from './lib/server.mjs';
const server = await startServer(process.cwd());
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
for (let i = 0; i < 12; i++) {
const page = await (await browser.newContext()).newPage();
await page.addInitScript(() => { window.__lf = []; new PerformanceObserver(l => { for (const e of l.getEntries()) if (e.duration > 45) window.__lf.push({ start: Math.round(e.startTime), dur: Math.round(e.duration), block: Math.round(e.blockingDuration), render: Math.round(e.renderStart ? e.startTime + e.duration - e.renderStart : 0), scripts: e.scripts.map(s => ({ inv: s.invoker, fn: s.sourceFunctionName, src: (s.sourceURL||'').split('/').pop(), dur: Math.round(s.duration), pos: s.sourceCharPosition, forced: Math.round(s.forcedStyleAndLayoutDuration) })) }); }).observe({ type: 'long-animation-frame', buffered: true }); });
await page.goto(`${server.origin}/bench/pages/${process.argv[2] ?? 'big-list'}.html`);
await page.waitForTimeout(1500);
const lf = await page.evaluate(() => window.__lf);
if (lf.length) console.log(JSON.stringify(lf));
await page.context().close();
}
await browser.close(); process.exit(0);
