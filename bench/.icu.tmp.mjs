import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
const variants = {
  longOffset: () => new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Ho_Chi_Minh', timeZoneName: 'longOffset' }).format(new Date()),
  parts: () => new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Ho_Chi_Minh', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(new Date()),
  offsetZone: () => new Intl.DateTimeFormat('en-US', { timeZone: '+07:00', timeZoneName: 'longOffset' }).format(new Date()),
  utcLong: () => new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', timeZoneName: 'longOffset' }).format(new Date()),
};
for (const [name, fn] of Object.entries(variants)) {
  const times = [];
  for (let i = 0; i < 6; i++) {
    const page = await (await browser.newContext()).newPage();
    await page.goto('data:text/html,<p>x</p>');
    times.push(await page.evaluate(`(() => { const t = performance.now(); let r; try { r = (${fn.toString()})(); } catch (e) { r = String(e); } return [performance.now() - t, JSON.stringify(r).slice(0, 60)]; })()`));
    await page.context().close();
  }
  console.log(name, times.map((t) => t[0].toFixed(1)).join(' '), times[0][1]);
}
await browser.close();
