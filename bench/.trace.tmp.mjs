import { chromium } from 'playwright-core';
import { startServer } from './lib/server.mjs';
const server = await startServer(process.cwd());
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
const page = await (await browser.newContext()).newPage();
const name = process.argv[2] ?? 'big-list';
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await browser.startTracing(page, { categories: ['devtools.timeline','toplevel','disabled-by-default-devtools.timeline'] });
await cdp.send('Profiler.start');
await page.goto(`${server.origin}/bench/pages/${name}.html`);
await page.waitForTimeout(2500);
const { profile } = await cdp.send('Profiler.stop');
const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
const tasks = events.filter(e => e.name === 'RunTask' && e.dur > 30000).map(e => [e.ts, e.ts + e.dur]);
const byId = new Map(profile.nodes.map(n => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
let t = profile.startTime;
const per = tasks.map(() => new Map());
profile.samples.forEach((id, i) => {
  t += profile.timeDeltas[i];
  const k = tasks.findIndex(([a, b]) => t >= a && t < b);
  if (k < 0) return;
  // attribute to self + top 3 frames of stack
  const n = byId.get(id); const f = n.callFrame;
  const stack = []; let cur = id; while (cur && stack.length < 4) { const cf = byId.get(cur).callFrame; if (cf.functionName !== '(root)') stack.push(`${cf.functionName||'(anon)'}@${cf.url.split('/').pop()}:${cf.lineNumber}:${cf.columnNumber}`); cur = parent.get(cur); }
  const key = stack.join(' < ');
  per[k].set(key, (per[k].get(key) ?? 0) + 0.1);
});
tasks.forEach(([a, b], k) => {
  console.log('TASK', ((b - a) / 1000).toFixed(1), 'ms');
  [...per[k]].sort((x, y) => y[1] - x[1]).slice(0, 25).forEach(([s, ms]) => console.log('  ', ms.toFixed(1), s.slice(0, 250)));
});
await browser.close(); process.exit(0);
