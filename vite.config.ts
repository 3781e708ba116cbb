import { basename, relative, resolve } from 'node:path';
import MagicString from 'magic-string';
import { defineConfig, type AliasOptions, type BuildEnvironmentOptions, type Plugin } from 'vite';
import { LAZY_CHUNKS, type LazyChunk, lazyChunkOf } from './src/chunks.js';

/**
 * Minifies the CSS inside Lit `css\`…\`` templates of our own sources: minifiers leave template
 * literals alone, and the styles are a third of the widgets' own bytes. Our styles use no
 * `${}` interpolations and no strings containing significant whitespace, which keeps this safe.
 */
function minifyLitCss(): Plugin {
  return {
    name: 'tin-minify-lit-css',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/src/') || !id.endsWith('.ts') || !code.includes('css`')) return null;
      // Each template body is overwritten in place, so the source map keeps every other mapping
      // and points the minified CSS at its template (no SOURCEMAP_BROKEN, bytes attributed right).
      const out = new MagicString(code);
      for (const match of code.matchAll(/css`([^`]*)`/g)) {
        const body = match[1]!;
        const start = match.index + 'css`'.length;
        const min = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          // Not around ":" on the left: ".a :is(.b)" and ".a:is(.b)" differ.
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}')
          .trim();
        if (min !== body) out.overwrite(start, start + body.length, min);
      }
      return { code: out.toString(), map: out.generateMap({ hires: 'boundary', source: id, includeContent: true }) };
    },
  };
}

// The ES module registers cards and lists at once and the rest on first use; the classic script,
// which cannot share chunks, registers everything.
const entry = resolve(import.meta.dirname, 'src/cdn.ts');
const entryAll = resolve(import.meta.dirname, 'src/define.ts');

/** A module id as a path from the project root, as `src/chunks.ts` names modules. */
const fromRoot = (id: string) => relative(import.meta.dirname, id);

/**
 * The classic script cannot load a chunk later: each loader `src/chunks.ts` names for it is
 * swapped for its `.eager.ts` twin, which registers the element up front.
 */
const eagerLoaders: AliasOptions = (LAZY_CHUNKS as readonly LazyChunk[]).flatMap(({ classicScriptEager: loader }) =>
  loader
    ? [
        {
          find: new RegExp(`^\\./${basename(loader, '.ts')}\\.js$`),
          replacement: resolve(import.meta.dirname, loader.replace(/\.ts$/, '.eager.ts')),
        },
      ]
    : [],
);

// `vite` serves the demo. `vite build` makes the CDN ES module (the lazy chunks of
// `src/chunks.ts`); `--mode iife` the classic-script bundle for old CMS templates (one file,
// everything inlined); `--mode demo` the static demo site.
const builds: Record<string, BuildEnvironmentOptions> = {
  production: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    // Written for debugging and size analysis, but not referenced: the maps are not shipped.
    sourcemap: 'hidden',
    lib: { entry, formats: ['es'], fileName: () => 'tin-widgets.js' },
    rollupOptions: {
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Everything a cards-and-lists page needs in one file (one request, one gzip stream): Lit,
        // and each of our modules but the entry and those of a lazy chunk (src/chunks.ts).
        manualChunks(id: string) {
          if (
            /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\/|@lit\/localize\/internal\/str-tag/.test(
              id,
            )
          )
            return 'core';
          const path = fromRoot(id);
          if (path.startsWith('src/') && path !== fromRoot(entry) && !lazyChunkOf(path)) return 'core';
          return undefined;
        },
      },
    },
  },
  iife: {
    outDir: 'dist/cdn',
    emptyOutDir: false,
    sourcemap: 'hidden',
    lib: { entry: entryAll, formats: ['iife'], name: 'TinWidgets', fileName: () => 'tin-widgets.iife.js' },
    rollupOptions: {
      output: {
        codeSplitting: false,
        // Lit's classes extend HTMLElement as the script starts; where there is none (the script
        // imported in Node, on a server) it ends at once instead of throwing.
        intro: "if (typeof HTMLElement === 'undefined') return;",
      },
    } as never,
  },
  // The paste-able classic tag: a loader of the ES module above, with the iife as its fallback.
  classic: {
    outDir: 'dist/cdn',
    emptyOutDir: false,
    sourcemap: true,
    lib: {
      entry: resolve(import.meta.dirname, 'src/classic.ts'),
      formats: ['iife'],
      name: 'TinWidgetsLoader',
      fileName: () => 'tin-widgets.classic.js',
    },
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
  plugins: [minifyLitCss()],
  resolve: mode === 'iife' ? { alias: eagerLoaders } : {},
  base: mode === 'demo' ? './' : '/',
  server: { open: '/demo/' },
  // Lib mode leaves ES output unminified (to keep pure annotations for re-bundlers); the CDN
  // bundles are final, so minify them fully.
  build: {
    target: 'es2021',
    minify: true,
    ...builds[mode],
    rollupOptions: {
      ...builds[mode]?.rollupOptions,
      output: { ...(builds[mode]?.rollupOptions?.output as object), minify: true },
    },
  },
}));
