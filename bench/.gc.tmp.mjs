import { chromium } from 'playwright-core';
import { startServer } from './lib/server.mjs';
const server = await startServer(process.cwd());
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
for (let i = 0; i < 4; i++) {
const page = await (await browser.newContext()).newPage();
await browser.startTracing(page, { categories: ['toplevel', 'v8', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] });
await page.goto(`${server.origin}/bench/pages/big-list.html`);
await page.waitForTimeout(1500);
const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
const nav = events.find(e => e.name === 'navigationStart')?.ts ?? events[0].ts;
const tasks = events.filter(e => e.name === 'RunTask' && e.dur > 40000);
for (const t of tasks) {
  const kids = events.filter(e => e.tid === t.tid && e.ts >= t.ts && e.ts <= t.ts + t.dur && e.ph === 'X' && e.dur > 2000 && e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask');
  console.log(i, 'TASK', (t.dur / 1000).toFixed(1), kids.map(k => `${k.name} ${(k.dur / 1000).toFixed(1)}`).join(' | ').slice(0, 400));
}
await page.context().close();
}
await browser.close(); process.exit(0);
