// Bundles the framework test apps the dev server cannot serve as they are: React 19 ships as
// CommonJS, so test/integration/react-app.tsx (React, react-dom/client and the published npm
// build in dist/) becomes one ES module, .cache/react-app.js, which react.test.ts imports.
// Run after `npm run build` (the app imports dist/), before web-test-runner.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

for (const file of ['dist/index.js', 'dist/define.js']) {
  if (!existsSync(`${root}/${file}`)) {
    console.error(`bundle-framework-tests: ${file} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
}

const result = await build({
  absWorkingDir: root,
  entryPoints: ['test/integration/react-app.tsx'],
  outfile: '.cache/react-app.js',
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2021',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  sourcemap: 'linked',
  minify: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});

const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
console.log(`bundle-framework-tests: .cache/react-app.js (${(bytes / 1024).toFixed(0)} KiB incl. source map)`);
