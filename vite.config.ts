import { resolve } from 'node:path';
import { defineConfig, type BuildEnvironmentOptions } from 'vite';

const entry = resolve(import.meta.dirname, 'src/define.ts');

// `vite` serves the demo. `vite build` makes the CDN ES module (lazy chunks for the sanitiser,
// RSS parser and English messages); `--mode iife` the classic-script bundle for old CMS
// templates (one file, everything inlined); `--mode demo` the static demo site.
const builds: Record<string, BuildEnvironmentOptions> = {
  production: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    sourcemap: true,
    lib: { entry, formats: ['es'], fileName: () => 'tin-widgets.js' },
    rollupOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
  },
  iife: {
    outDir: 'dist/cdn',
    emptyOutDir: false,
    sourcemap: true,
    lib: { entry, formats: ['iife'], name: 'TinWidgets', fileName: () => 'tin-widgets.iife.js' },
    rollupOptions: { output: { inlineDynamicImports: true } },
  },
  demo: {
    outDir: 'dist-demo',
    emptyOutDir: true,
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, 'demo/index.html'),
        feed: resolve(import.meta.dirname, 'demo/feed.html'),
      },
    },
  },
};

export default defineConfig(({ mode }) => ({
  // Lit's legacy decorators need TypeScript's semantics (experimentalDecorators,
  // useDefineForClassFields: false). Vite 8 would otherwise leave them untransformed, and a
  // native class field would shadow Lit's reactive accessor. Same settings for dev and build.
  oxc: {
    target: 'es2021',
    decorator: { legacy: true },
    assumptions: { setPublicClassFields: true },
    typescript: { removeClassFieldsWithoutInitializer: true },
  },
  base: mode === 'demo' ? './' : '/',
  server: { open: '/demo/' },
  build: { target: 'es2021', ...builds[mode] },
}));
