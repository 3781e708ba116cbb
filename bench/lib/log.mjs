// Run-wide bookkeeping: the start time, the timestamped log line, and the machine's 1-minute load
// average sampled through the run (other work on the machine skews timings; the report says how much).
import os from 'node:os';
import { summarize } from './stats.mjs';

export const started = Date.now();

const loadSamples = [];
const loadTimer = setInterval(() => loadSamples.push(os.loadavg()[0]), 2000);
loadTimer.unref();

export const log = (...args) =>
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s]`, ...args);

export function loadText() {
  loadSamples.push(os.loadavg()[0]);
  const l = summarize(loadSamples);
  return `median ${l.median.toFixed(1)} (min ${l.min.toFixed(1)}, max ${l.max.toFixed(1)})`;
}
