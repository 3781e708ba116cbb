// Classic script loaded first by the page-load benchmarks (figures c, d): records long tasks from
// the start, and exposes `window.benchDone`, resolved by the page once its first item is on
// screen, with the timings every figure needs (all performance.now(), i.e. ms since navigation).
(() => {
  const longTasks = [];
  try {
    new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long-task API: reported as unsupported
  }
  // Event Timing: input → next paint of each click (the INP measure), for the "Xem thêm" clicks.
  const events = [];
  try {
    new PerformanceObserver((list) => events.push(...list.getEntries())).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {
    // no Event Timing API
  }
  window.benchEvents = events;
  let resolveDone;
  window.benchDone = new Promise((resolve) => (resolveDone = resolve));
  window.benchLongTasks = longTasks;
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  const afterPaint = () => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    requestAnimationFrame(() => channel.port2.postMessage(0));
  });
  /** Called by the page with the time the first title link existed in the DOM (`extra`: what the page saw). */
  window.benchLinked = async (linked, feedPath, extra = {}) => {
    const frame = await nextFrame();
    const painted = await afterPaint();
    const entry = performance.getEntriesByType('resource').find((e) => e.name.includes(feedPath));
    resolveDone({ ...extra, linked, frame, painted, responseEnd: entry?.responseEnd, responseStart: entry?.responseStart, requestStart: entry?.requestStart });
  };
})();
