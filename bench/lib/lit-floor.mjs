// Bundles bench/pages/lit-floor.js (the baseline's card and grid as plain LitElement elements) with
// the repository's own `lit`, minified as a site would ship it, and serves it at /__bench/floor/.
// The baseline stays a separate module (external), so both pages share one <vanilla-*> registry.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

export const LIT_FLOOR_MOUNT = '/__bench/floor/';

export async function buildLitFloor(root) {
  const dir = mkdtempSync(join(os.tmpdir(), 'tin-bench-floor-'));
  await build({
    entryPoints: [join(root, 'bench/pages/lit-floor.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    external: ['/bench/pages/baseline.js'],
    outfile: join(dir, 'lit-floor.js'),
    logLevel: 'error',
  });
  return dir;
}
