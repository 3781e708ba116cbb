#!/usr/bin/env node
// Which source files a built chunk's bytes come from: reads its hidden source map and lists the
// minified bytes each source contributes (and the gzip -9 of that source's bytes alone, a rough
// guide: gzip of the whole is less than the sum). Run after `npm run build`:
//   node scripts/size-sources.mjs dist/cdn/chunks/core-*.js [more chunks]
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';

const KB = 1024;
for (const path of process.argv.slice(2)) {
  const code = readFileSync(path, 'utf8');
  const map = new TraceMap(readFileSync(`${path}.map`, 'utf8'));
  const lines = code.split('\n');
  const starts = [0];
  for (const line of lines) starts.push(starts.at(-1) + line.length + 1);
  // Each mapping owns the generated text up to the next mapping.
  const segments = [];
  eachMapping(map, (m) => segments.push({ at: starts[m.generatedLine - 1] + m.generatedColumn, source: m.source }));
  segments.sort((a, b) => a.at - b.at);
  const text = new Map();
  const add = (source, piece) => text.set(source, (text.get(source) ?? '') + piece);
  if (segments.length && segments[0].at > 0) add(null, code.slice(0, segments[0].at));
  segments.forEach((s, i) => add(s.source, code.slice(s.at, segments[i + 1]?.at ?? code.length)));
  const rows = [...text]
    .map(([source, piece]) => ({
      source: source ? relative('.', resolve(dirname(path), source)) : '(unmapped)',
      min: piece.length,
      gzip: gzipSync(piece, { level: 9 }).length,
    }))
    .sort((a, b) => b.min - a.min);
  console.log(
    `\n${path}: ${(code.length / KB).toFixed(1)} KB min, ${(gzipSync(code, { level: 9 }).length / KB).toFixed(1)} KB gzip -9`,
  );
  for (const r of rows) console.log(`${String(r.min).padStart(7)} ${String(r.gzip).padStart(6)}  ${r.source}`);
}
