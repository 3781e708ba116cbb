/**
 * Watches the yields to the page (`yieldToPage` in src/feed/items.ts) made while `run` runs, the
 * same way in every engine: it wraps what `yieldToPage` calls, `scheduler.yield` where the browser
 * has it, else `setTimeout` without a delay. Timers are no way to see them: Firefox runs
 * `scheduler.yield` continuations ahead of timer tasks.
 *
 * Just before each yield a probe task is queued that the page must run before the work goes on (a
 * `user-blocking` task, which the scheduler runs ahead of a continuation; else an earlier timer):
 * `turns` counts the yields after which it had run, i.e. that really gave the page a turn.
 * `onYield` runs at each yield, for the caller to note how much work happened since the last.
 */
interface Scheduler {
  yield?(): Promise<void>;
  postTask?(callback: () => void, options: { priority: 'user-blocking' }): Promise<void>;
}

export async function watchYields(
  run: () => Promise<unknown>,
  onYield: () => void = () => {},
): Promise<{ yields: number; turns: number }> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  const nativeSetTimeout = globalThis.setTimeout;
  let yields = 0;
  let turns = 0;
  const yieldStarts = (queueProbe: (ran: () => void) => void): (() => void) => {
    yields++;
    onYield();
    let ran = false;
    queueProbe(() => (ran = true));
    return () => void (ran && turns++);
  };

  const nativeYield = scheduler?.yield;
  const ownYield = scheduler && Object.getOwnPropertyDescriptor(scheduler, 'yield');
  if (scheduler && nativeYield) {
    if (!scheduler.postTask) throw new Error('scheduler.yield without scheduler.postTask');
    scheduler.yield = () => {
      const resumed = yieldStarts((ran) => void scheduler.postTask!(ran, { priority: 'user-blocking' }));
      return nativeYield.call(scheduler).then(resumed);
    };
  } else {
    globalThis.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
      if (delay !== undefined || typeof handler !== 'function' || args.length)
        return nativeSetTimeout(handler, delay, ...args);
      const resumed = yieldStarts((ran) => nativeSetTimeout(ran));
      return nativeSetTimeout(() => {
        resumed();
        handler();
      });
    }) as typeof setTimeout;
  }
  try {
    await run();
  } finally {
    globalThis.setTimeout = nativeSetTimeout;
    if (scheduler && nativeYield) {
      if (ownYield) Object.defineProperty(scheduler, 'yield', ownYield);
      else delete scheduler.yield;
    }
  }
  return { yields, turns };
}
