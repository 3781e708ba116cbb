// temporary: profile one in-page figure (phases + hot spots)
import { launch } from './lib/browser.mjs';
import { startServer } from './lib/server.mjs';
import { profileRender } from './lib/profile-capture.mjs';
import { hotSpots } from './lib/profile-capture.mjs';
import { SourceMaps } from './lib/profile.mjs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
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
const maps = new SourceMaps(server.fileFor, server.origin);
for (const method of (process.env.M ?? 'cards').split(',')) {
  const result = await profileRender(browser, server.origin, method, Number(process.env.RUNS ?? 10));
  const hot = await hotSpots(result, maps);
  console.log(`== ${method}`);
  for (const k of ['lib', 'base'])
    console.log(
      k,
      JSON.stringify(Object.fromEntries(Object.entries(result.phases[k].perRun).map(([a, b]) => [a, +b.toFixed(2)]))),
      'timed',
      result.phases[k].timedPerRun.toFixed(2),
    );
  for (const r of hot.totalRows.slice(0, Number(process.env.TOP ?? 25)))
    console.log(
      `  ${r.totalMs.toFixed(2).padStart(7)} tot ${r.selfMs.toFixed(2).padStart(6)} self ${r.name} ${r.where}`,
    );
  console.log(' self:');
  for (const r of hot.selfRows.slice(0, 20))
    console.log(`  ${r.selfMs.toFixed(2).padStart(7)} self ${r.name} ${r.where || 'native'}`);
}
await browser.close();
await server.close();
