// temporary: quick min/median of in-page figures under load
import { launch, openRenderPage } from './lib/browser.mjs';
import { startServer } from './lib/server.mjs';
import { summarize } from './lib/stats.mjs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
const ROOT = process.env.ROOT ?? dirname(dirname(fileURLToPath(import.meta.url)));
const server = await startServer(ROOT);
const browser = await launch('/usr/bin/chromium');
{
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.origin}/bench/pages/styles.html`);
  server.setStyles(await page.waitForFunction(() => window.styleTexts).then((h) => h.jsonValue()));
  await context.close();
}
const N = Number(process.env.N ?? 30);
for (const method of (process.env.M ?? 'cards,feed,feedCached,list').split(',')) {
  const page = await openRenderPage(browser, server.origin);
  const out = { lib: [], base: [] };
  const cpu = { lib: [], base: [] };
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const metric = async () =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  for (let i = 0; i < N + 3; i++)
    for (const kind of i % 2 ? ['base', 'lib'] : ['lib', 'base']) {
      await page.evaluate(() => {
        window.bench.noGc = false;
      });
      const before = await metric();
      const v = await page.evaluate(([m, k]) => window.bench[m](k), [method, kind]);
      const after = await metric();
      if (i >= 3) {
        out[kind].push(v);
        cpu[kind].push((after.ThreadTime - before.ThreadTime) * 1000);
      }
    }
  const l = summarize(out.lib),
    b = summarize(out.base);
  const ratios = summarize(out.lib.map((v, i) => v / out.base[i]));
  console.log(
    `${method}: lib min ${l.min.toFixed(1)} q1 ${l.q1.toFixed(1)} med ${l.median.toFixed(1)} | base min ${b.min.toFixed(1)} q1 ${b.q1.toFixed(1)} med ${b.median.toFixed(1)} | min-ratio ${(l.min / b.min).toFixed(2)} q1-ratio ${(l.q1 / b.q1).toFixed(2)} paired-med ${ratios.median.toFixed(2)} | load ${os.loadavg()[0].toFixed(1)}`,
  );
  const lc = summarize(cpu.lib),
    bc = summarize(cpu.base);
  console.log(
    `   thread CPU per sample (incl. settle): lib min ${lc.min.toFixed(1)} med ${lc.median.toFixed(1)} | base min ${bc.min.toFixed(1)} med ${bc.median.toFixed(1)} | med-ratio ${(lc.median / bc.median).toFixed(2)}`,
  );
  await page.context().close();
}
await browser.close();
await server.close();
