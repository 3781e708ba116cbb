// CPU-profile digestion for the "why is it slower" step: aggregates a V8 CPU profile (CDP
// Profiler) by function, maps minified bundle positions back to src/ through the bundles'
// source maps, and sums Chromium trace events into phases (script, style, layout, GC).
import { readFileSync, existsSync } from 'node:fs';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

/** Decodes a v3 source map's `mappings` into per-line arrays of [col, source, line, column, name?]. */
function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  let line = 0;
  let column = 0;
  let name = 0;
  for (const text of mappings.split(';')) {
    const segments = [];
    let col = 0;
    for (const segment of text.split(',')) {
      if (!segment) continue;
      const values = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        const digit = B64_INDEX.get(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      col += values[0];
      if (values.length >= 4) {
        source += values[1];
        line += values[2];
        column += values[3];
        if (values.length >= 5) name += values[4];
        segments.push([col, source, line, column, values.length >= 5 ? name : -1]);
      }
    }
    lines.push(segments);
  }
  return lines;
}

export class SourceMaps {
  /** `files` maps a served URL path to the file on disk (the server's own resolution). */
  constructor(files, origin) {
    this.files = files;
    this.origin = origin;
    this.maps = new Map();
  }

  async preload(urls) {
    for (const url of urls) {
      if (this.maps.has(url) || !url.startsWith(this.origin)) continue;
      this.maps.set(url, undefined);
      const file = await this.files(new URL(url).pathname);
      if (file && existsSync(`${file}.map`)) {
        const raw = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
        this.maps.set(url, { raw, lines: decodeMappings(raw.mappings) });
      }
    }
  }

  load(url) {
    return this.maps.get(url);
  }

  /** Original position of a generated (0-based) line/column, or undefined. */
  original(url, line, column) {
    const map = this.load(url);
    const segments = map?.lines[line];
    if (!segments?.length) return undefined;
    let found;
    for (const segment of segments) {
      if (segment[0] <= column) found = segment;
      else break;
    }
    found ??= segments[0];
    const source = map.raw.sources[found[1]]?.replace(/^(\.\.\/)+/, '');
    const text = map.raw.sourcesContent?.[found[1]]?.split('\n')[found[2]]?.trim();
    return { source, line: found[2] + 1, name: found[4] >= 0 ? map.raw.names[found[4]] : undefined, text };
  }
}

/** Self and total time per function (ms), heaviest first. */
export function digestProfile(profile, maps) {
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const keyOf = new Map();
  const info = new Map();
  for (const node of profile.nodes) {
    const f = node.callFrame;
    let key;
    let label;
    if (!f.url) {
      key = f.functionName || '(anonymous native)';
      label = { name: key, where: '' };
    } else {
      const mapped = maps.original(f.url, f.lineNumber, f.columnNumber);
      const file = f.url.replace(maps.origin, '');
      const where = mapped ? `${mapped.source}:${mapped.line}` : `${file}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
      key = `${f.functionName}@${where}`;
      // Method names survive minification; one- or two-letter names are mangled local functions.
      const mangled = /^[\w$]{1,2}$/.test(f.functionName) && mapped?.source?.startsWith('src/');
      const name = mapped?.name || (mangled ? '' : f.functionName) || '(anonymous)';
      label = { name, minified: f.functionName, where, text: mapped?.text, bundle: file };
    }
    keyOf.set(node.id, key);
    if (!info.has(key)) info.set(key, { ...label, self: 0, total: 0 });
  }
  const deltas = profile.timeDeltas ?? [];
  let all = 0;
  profile.samples.forEach((id, i) => {
    const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    all += ms;
    info.get(keyOf.get(id)).self += ms;
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const key = keyOf.get(at);
      if (seen.has(key)) continue;
      seen.add(key);
      info.get(key).total += ms;
    }
  });
  const rows = [...info.values()].filter((row) => row.name !== '(root)');
  return {
    totalMs: all,
    bySelf: [...rows].sort((a, b) => b.self - a.self),
    byTotal: [...rows].sort((a, b) => b.total - a.total),
  };
}

/**
 * The longest stretch of a CPU profile with no `(idle)` sample — the main thread's longest task,
 * near enough (tasks that follow each other with no idle moment between count as one) — as a
 * profile of its own for digestProfile, with its length in ms.
 */
export function longestBusyStretch(profile) {
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  const deltas = profile.timeDeltas ?? [];
  let best = [0, 0];
  let bestMs = 0;
  let start = 0;
  let ms = 0;
  profile.samples.forEach((id, i) => {
    if (idle.has(id)) {
      start = i + 1;
      ms = 0;
      return;
    }
    // Each sample's time is the delta to the next one, as digestProfile counts it.
    ms += (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    if (ms > bestMs) {
      bestMs = ms;
      best = [start, i + 1];
    }
  });
  const [from, to] = best;
  return {
    ms: bestMs,
    profile: { ...profile, samples: profile.samples.slice(from, to), timeDeltas: deltas.slice(from, to + 1) },
  };
}

const PHASES = {
  'Recalculate style': ['UpdateLayoutTree', 'RecalculateStyles', 'ScheduleStyleRecalculation'],
  Layout: ['Layout'],
  'Pre-paint/paint': ['PrePaint', 'Paint', 'Layerize', 'UpdateLayer', 'PaintImage'],
  GC: ['MinorGC', 'MajorGC', 'V8.GCScavenger', 'V8.GCCompactor', 'BlinkGC.AtomicPhase', 'V8.GC_MC_BACKGROUND_MARKING'],
  'Parse HTML': ['ParseHTML'],
  'Compile JS': ['v8.compile', 'v8.compileModule', 'V8.CompileCode'],
  'Parse/insert stylesheets': ['ParseAuthorStyleSheet'],
};

/** Sums main-thread trace events into phases; nested same-phase events count once. */
export function digestTrace(traceJson, thread) {
  const events = (traceJson.traceEvents ?? traceJson).filter((e) => e.ph === 'X' || e.ph === 'B' || e.ph === 'E');
  const main = thread?.tid;
  const phaseOf = new Map();
  for (const [phase, names] of Object.entries(PHASES)) for (const name of names) phaseOf.set(name, phase);
  const totals = {};
  const sorted = events
    .filter((e) => e.ph === 'X' && (main === undefined || (e.tid === main && e.pid === thread.pid)))
    .sort((a, b) => a.ts - b.ts);
  const lastEnd = {};
  let tasks = 0;
  for (const e of sorted) {
    if (e.name === 'RunTask') tasks += (e.dur ?? 0) / 1000;
    const phase = phaseOf.get(e.name);
    if (!phase) continue;
    const end = e.ts + (e.dur ?? 0);
    if ((lastEnd[phase] ?? 0) >= end) continue; // nested inside an event already counted
    const start = Math.max(e.ts, lastEnd[phase] ?? 0);
    totals[phase] = (totals[phase] ?? 0) + (end - start) / 1000;
    lastEnd[phase] = end;
  }
  return { tasksMs: tasks, phases: totals };
}
