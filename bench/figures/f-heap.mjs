// Figure f: heap growth after many mount/unmount cycles of each element (after GC), with the DOM
// node and listener counts, from CDP.
import { openRenderPage, withTimeout } from '../lib/browser.mjs';
import { log } from '../lib/log.mjs';

export const letters = ['f'];

export async function measure({ browser, origin, options }) {
  const out = {};
  for (const kind of ['tin-card', 'tin-list', 'tin-article', 'tin-feed']) {
    const page = await openRenderPage(browser, origin);
    const cdp = await page.context().newCDPSession(page);
    const heapNow = async () => {
      for (let i = 0; i < 3; i++) {
        await page.evaluate(() => globalThis.gc?.());
        await cdp.send('HeapProfiler.collectGarbage');
      }
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const dom = await cdp.send('Memory.getDOMCounters');
      return { used: usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
    };
    await page.evaluate(([k]) => window.bench.cycles(k, 20), [kind]); // warm-up: templates, chunks, caches
    const before = await heapNow();
    const t0 = Date.now();
    await withTimeout(
      page.evaluate(([k, n]) => window.bench.cycles(k, n), [kind, options.cycles]),
      120_000,
      `${kind} cycles`,
    );
    const seconds = (Date.now() - t0) / 1000;
    const after = await heapNow();
    out[kind] = {
      mb: (after.used - before.used) / 1024 / 1024,
      nodes: after.nodes - before.nodes,
      listeners: after.listeners - before.listeners,
      seconds,
    };
    log(
      `f) ${kind}: heap ${out[kind].mb >= 0 ? '+' : ''}${out[kind].mb.toFixed(3)} MB, DOM nodes ${out[kind].nodes >= 0 ? '+' : ''}${out[kind].nodes}, listeners ${out[kind].listeners >= 0 ? '+' : ''}${out[kind].listeners} after ${options.cycles} cycles (${seconds.toFixed(1)} s)`,
    );
    await page.context().close();
  }
  return out;
}

export function rows(heap, { options }) {
  return Object.entries(heap ?? {}).map(([kind, h]) => ({
    figure: `f) Heap growth after ${options.cycles} mount/unmount cycles of \`<${kind}>\` (after GC; DOM nodes ${h.nodes >= 0 ? '+' : ''}${h.nodes}, listeners ${h.listeners >= 0 ? '+' : ''}${h.listeners})`,
    lib: `${h.mb >= 0 ? '+' : ''}${h.mb.toFixed(3)} MB`,
    base: '—',
    ratio: '—',
    goal: '< 0.5 MB',
    met: h.mb < 0.5 ? 'yes' : '**no**',
  }));
}

export function notes(heap, { options }) {
  return [
    `- f: one page per element, 20 warm-up cycles, then ${options.cycles} × (create, set data, append, await render, remove); heap = CDP \`Runtime.getHeapUsage\` after \`gc()\` + \`HeapProfiler.collectGarbage\` (×3), before vs after; DOM nodes/listeners from \`Memory.getDOMCounters\`.`,
  ];
}
