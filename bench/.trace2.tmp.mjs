import { chromium } from 'playwright-core';
import { startServer } from './lib/server.mjs';
const server = await startServer(process.cwd());
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
const page = await (await browser.newContext()).newPage();
const name = process.argv[2] ?? 'big-list';
await browser.startTracing(page, { categories: ['toplevel','devtools.timeline','blink','v8.execute','disabled-by-default-devtools.timeline','loading'] });
await page.goto(`${server.origin}/bench/pages/${name}.html`);
await page.waitForTimeout(2500);
const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
const tasks = events.filter(e => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur > 25000);
for (const t of tasks) {
  const kids = events.filter(e => e.tid === t.tid && e.pid === t.pid && e.ts >= t.ts && e.ts <= t.ts + t.dur && e !== t && e.ph === 'X');
  const agg = new Map();
  for (const k of kids) agg.set(k.name, (agg.get(k.name) ?? 0) + k.dur);
  console.log('TASK', t.name, (t.dur / 1000).toFixed(1), 'ms', JSON.stringify(t.args).slice(0,200));
  [...agg].sort((a, b) => b[1] - a[1]).slice(0, 12).forEach(([n, d]) => console.log('   ', (d / 1000).toFixed(1), n));
}
await browser.close(); process.exit(0);
