import { chromium } from 'playwright-core';
import { startServer } from './lib/server.mjs';
const server = await startServer(process.cwd());
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
const name = process.argv[2] ?? 'paint-lib';
for (let i = 0; i < 2; i++) {
const page = await (await browser.newContext()).newPage();
await browser.startTracing(page, { categories: ['toplevel','devtools.timeline','v8.execute','blink.user_timing','loading','disabled-by-default-devtools.timeline'] });
await page.goto(`${server.origin}/bench/pages/${name}.html`);
await page.waitForTimeout(1500);
const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
const finish = events.find(e => (e.name === 'ResourceFinish') && events.some(s => s.name === 'ResourceSendRequest' && s.args?.data?.requestId === e.args?.data?.requestId && /feed-20/.test(s.args.data.url)));
const t0 = (finish ?? events.find(e => e.name === 'ResourceReceiveResponse' && /feed-20/.test(JSON.stringify(e.args)) ) ?? events.filter(e => e.name === 'ResourceReceiveResponse').pop()).ts;
const main = events.find(e => e.name === 'ResourceSendRequest' && /feed-20/.test(e.args?.data?.url));
const tasks = events.filter(e => e.name === 'RunTask' && e.tid === main.tid && e.ts + e.dur > t0 - 5000 && e.ts < t0 + 120000 && e.dur > 500);
console.log('--- load', i);
for (const t of tasks) {
  const kids = events.filter(e => e.tid === t.tid && e.ts >= t.ts && e.ts <= t.ts + t.dur && e !== t && e.ph === 'X' && e.dur > 300 && e.name !== 'RunTask');
  const names = kids.slice(0, 8).map(k => `${k.name}${k.args?.data?.functionName ? ':' + k.args.data.functionName : ''}${k.args?.data?.url ? ':' + k.args.data.url.split('/').pop().slice(0,20) : ''} ${(k.dur/1000).toFixed(1)}`);
  console.log(((t.ts - t0) / 1000).toFixed(1).padStart(7), (t.dur / 1000).toFixed(1).padStart(6), names.join(' | ').slice(0, 300));
}
const paints = events.filter(e => (e.name === 'Paint' || e.name === 'Commit') && e.ts > t0 && e.ts < t0 + 120000).slice(0, 4).map(e => ((e.ts - t0) / 1000).toFixed(1) + ' ' + e.name);
console.log('paints', paints.join(', '));
await page.context().close();
}
await browser.close(); process.exit(0);
