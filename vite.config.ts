import { basename, dirname, join, relative, resolve } from 'node:path';
import MagicString from 'magic-string';
import { defineConfig, parseSync, type AliasOptions, type BuildEnvironmentOptions, type Plugin } from 'vite';
import { LAZY_CHUNKS, type LazyChunk, lazyChunkOf } from './src/chunks.js';

const minifyCss = (body: string) =>
  body
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    // Not around ":" on the left: ".a :is(.b)" and ".a:is(.b)" differ.
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();

/** Any node of an ESTree-shaped tree, as far as the walk below needs. */
interface Node {
  type?: string;
  tag?: Node;
  name?: string;
  quasi?: { quasis: { start: number; value: { raw: string } }[] };
  [key: string]: unknown;
}

/**
 * Minifies the static text of Lit templates in our own sources, which minifiers leave alone: the
 * CSS of `css\`…\`` (a third of the widgets' own bytes), and in `html\`…\`` each run of white
 * space that holds a line break becomes one space (HTML renders both alike; our templates hold no
 * `<pre>` or `<textarea>`). Only template text is touched, found by parsing the module, so the
 * code inside `${}` stays as written; the source map stays right (magic-string).
 */
function minifyLitTemplates(): Plugin {
  return {
    name: 'tin-minify-lit-templates',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/src/') || !id.endsWith('.ts') || !/(?:css|html)`/.test(code)) return null;
      const out = new MagicString(code);
      const visit = (node: unknown): void => {
        if (Array.isArray(node)) return node.forEach(visit);
        if (!node || typeof node !== 'object') return;
        const { type, tag, quasi } = node as Node;
        if (type === 'TaggedTemplateExpression' && tag?.type === 'Identifier' && quasi) {
          const quasis = quasi.quasis;
          for (const element of quasis) {
            const raw = element.value.raw;
            // The span starts at the "`" or "}" before the text.
            const start = element.start + 1;
            const min =
              tag.name === 'css' && quasis.length === 1
                ? minifyCss(raw)
                : tag.name === 'html' || tag.name === 'svg'
                  ? raw.replace(/\s*\n\s*/g, ' ')
                  : raw;
            if (min !== raw) out.overwrite(start, start + raw.length, min);
          }
        }
        for (const value of Object.values(node)) if (value && typeof value === 'object') visit(value);
      };
      visit(parseSync(id, code).program);
      if (!out.hasChanged()) return null;
      return { code: out.toString(), map: out.generateMap({ hires: 'boundary', source: id, includeContent: true }) };
    },
  };
}

/**
 * The ES module's entry loads its chunks with `import()`, so they download side by side; but a
 * file such a chunk imports (Rolldown's helpers, a grid's URL state) would be asked for only once
 * that chunk has arrived and been read: one more round trip before the first card. So each of the
 * entry's `import()` calls also asks, at the same moment, for the files its chunk will import
 * (what Vite's preload helper does for an app), and only when that chunk is wanted.
 */
function requestChunkImportsAtOnce(): Plugin {
  const HELPER = '__tinRequest';
  return {
    name: 'tin-request-chunk-imports-at-once',
    apply: 'build',
    renderChunk(code, chunk, _options, meta) {
      if (!chunk.isEntry || !chunk.dynamicImports.length) return null;
      const from = dirname(chunk.fileName);
      const out = new MagicString(code);
      for (const call of code.matchAll(/\bimport\((["'`])(\.\/[^"'`]+)\1\)/g)) {
        const file = join(from, call[2]!);
        const imports = (meta.chunks[file]?.imports ?? []).filter((dep) => !chunk.imports.includes(dep));
        if (!imports.length) continue;
        const urls = imports.map((dep) => JSON.stringify(`./${relative(from, dep)}`));
        out.prependLeft(call.index, `(${HELPER}(${urls.join(',')}),`);
        out.appendRight(call.index + call[0].length, ')');
      }
      if (!out.hasChanged()) return null;
      // Each file is imported by the chunk that needs it; here it only starts downloading.
      out.prepend(`const ${HELPER}=(...u)=>u.map(u=>import(u).catch(()=>{}));`);
      return { code: out.toString(), map: out.generateMap({ hires: 'boundary' }) };
    },
  };
}

// The ES module registers cards and lists at once and the rest on first use; the classic script,
// which cannot share chunks, registers everything.
const entry = resolve(import.meta.dirname, 'src/cdn.ts');
const entryAll = resolve(import.meta.dirname, 'src/define.ts');

/** A module id as a path from the project root, as `src/chunks.ts` names modules. */
const fromRoot = (id: string) => relative(import.meta.dirname, id);

// The ES module's entry file holds what must run before the core chunk is here: the elements'
// loading, the early feed requests and the deep link's article view.
const inEntry = new Set([fromRoot(entry), 'src/early-feeds.ts', 'src/deep-link.ts']);

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
          if (path.startsWith('src/') && !inEntry.has(path) && !lazyChunkOf(path)) return 'core';
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
    sourcemap: 'hidden',
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
        check: resolve(import.meta.dirname, 'demo/check.html'),
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
  plugins: [minifyLitTemplates(), requestChunkImportsAtOnce()],
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
      // No comment is kept either: the `@__PURE__` annotations serve only a bundler that would
      // re-bundle these files, and nothing does.
      output: { ...(builds[mode]?.rollupOptions?.output as object), minify: true, comments: false },
    },
  },
}));
