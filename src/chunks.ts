/**
 * The modules that load lazily, declared once. The CDN build (`vite.config.ts`) keeps them out of
 * the core chunk and gives the classic script the eager loaders named here; the size report
 * (`scripts/size.mjs`, through the compiled `dist/chunks.js`) counts and describes each file by
 * it; the loaders (`cdn.ts`, `load-article-view.ts`) are checked against it by type, so a lazy
 * element added here and not loaded there does not compile.
 *
 * Data only: no side effects, no browser globals, nothing a page downloads. The `import()` calls
 * stay in the loaders, written out, because bundlers split code only at literal specifiers.
 */

export interface LazyChunk {
  /**
   * An element's tag, for an element's chunk (its file is named after its `define.ts`); otherwise
   * the chunk's own name, the start of its file name in `dist/cdn/chunks/` (`xml-feed-[hash].js`).
   */
  readonly name: string;
  /** Its modules, as paths from the project root; one that ends with "/" is a whole directory. */
  readonly sources: readonly string[];
  /**
   * What makes a page download it: an element's first appearance (the size report counts these in
   * the whole suite), a browser without the HTML Sanitizer API, or content few pages have.
   */
  readonly trigger: 'element' | 'no-sanitizer-api' | 'content';
  /** When a page downloads it, in the words of the size report's "Loaded" column. */
  readonly loaded: string;
  /**
   * The module whose `import()` loads it, where the classic script (one file, which cannot load a
   * chunk later) swaps in that module's `.eager.ts` twin, which registers it at start.
   */
  readonly classicScriptEager?: string;
}

export const LAZY_CHUNKS = [
  // Before the article view, whose directory holds it: a module belongs to the first chunk naming it.
  {
    name: 'attachments',
    sources: ['src/elements/tin-article/attachments.ts', 'src/render/format/file-size.ts'],
    trigger: 'content',
    loaded: 'only for articles with attachments',
  },
  {
    name: 'tin-article',
    // The sanitiser and the renderers only an article uses ship with the article view.
    sources: [
      'src/elements/tin-article/',
      'src/render/sanitize.ts',
      'src/render/srcset.ts',
      'src/render/json-ld.ts',
      'src/render/related.ts',
    ],
    trigger: 'element',
    loaded: 'first <tin-article>, or an article opened in <tin-feed>',
    classicScriptEager: 'src/elements/tin-feed/load-article-view.ts',
  },
  // The URL parameters (the open article's; the page's, which paged lists use too) come with the
  // grid: a file of their own, shared with paging, that every grid loads with it.
  {
    name: 'tin-feed',
    sources: ['src/elements/tin-feed/', 'src/render/controllers/url-state.ts'],
    trigger: 'element',
    loaded: 'first <tin-feed> (its URL state also for paging="pages")',
  },
  {
    name: 'paging',
    sources: ['src/render/paging.ts'],
    trigger: 'content',
    loaded: 'only for paging="pages"',
  },
  {
    name: 'purify.es',
    sources: ['node_modules/dompurify/'],
    trigger: 'no-sanitizer-api',
    loaded: 'article view, no Sanitizer API',
  },
  { name: 'en', sources: ['src/i18n/generated/locales/'], trigger: 'content', loaded: 'only for English texts' },
  {
    name: 'xml-feed',
    sources: ['src/feed/xml-feed.ts', 'src/feed/xml-repair.ts', 'src/feed/xml-prolog.ts'],
    trigger: 'content',
    loaded: 'only for RSS / Atom feeds',
  },
  {
    name: 'markup-text',
    sources: ['src/feed/markup-text.ts'],
    trigger: 'content',
    loaded: 'only for feeds with tags or entities in titles, summaries or names (every RSS / Atom feed)',
  },
  {
    name: 'media',
    sources: ['src/render/media.ts'],
    trigger: 'content',
    loaded: 'only for article bodies with video, audio or embeds',
  },
  {
    name: 'large-feed',
    sources: ['src/feed/large-feed.ts'],
    trigger: 'content',
    loaded: 'only for JSON feeds over 256 KB',
  },
  {
    name: 'transport-error',
    sources: ['src/feed/transport-error.ts'],
    trigger: 'content',
    loaded: 'only when a request gets no response (tells CORS from a network failure)',
  },
  {
    name: 'proxy',
    sources: ['src/feed/proxy.ts'],
    trigger: 'content',
    loaded: 'only for feeds loaded through a proxy',
  },
  { name: 'next-page', sources: ['src/feed/next-page.ts'], trigger: 'content', loaded: 'only for next_url paging' },
  {
    name: 'legacy-text',
    sources: ['src/feed/legacy-text.ts'],
    trigger: 'content',
    loaded: 'only for feeds with mojibake or TCVN3/VNI text',
  },
  {
    name: 'from-code',
    sources: ['src/feed/from-code.ts'],
    trigger: 'content',
    loaded: 'only for articles or feeds set by code',
  },
  {
    name: 'merge',
    sources: ['src/feed/merge.ts'],
    trigger: 'content',
    loaded: 'only for a src of several feeds',
  },
  // Shared by the two chunks that fold Vietnamese words.
  {
    name: 'fold',
    sources: ['src/internal/fold.ts'],
    trigger: 'content',
    loaded: 'only for searchable lists and grids, or a src of several feeds',
  },
  {
    name: 'search',
    sources: ['src/render/search.ts'],
    trigger: 'content',
    loaded: 'only for searchable lists and grids',
  },
  {
    name: 'near-viewport',
    sources: ['src/render/controllers/near-viewport.ts'],
    trigger: 'content',
    loaded: 'only for loading="lazy"',
  },
  {
    name: 'relative-date',
    sources: ['src/render/format/relative-date.ts'],
    trigger: 'content',
    loaded: 'only for date-style="relative"',
  },
] as const satisfies readonly LazyChunk[];

/** The elements whose code loads on their first appearance. */
export type LazyElement = Extract<(typeof LAZY_CHUNKS)[number], { trigger: 'element' }>['name'];

/** The lazy chunk a module belongs to (`path` from the project root), if any. */
export function lazyChunkOf(path: string): LazyChunk | undefined {
  return LAZY_CHUNKS.find((chunk: LazyChunk) =>
    chunk.sources.some((source) => (source.endsWith('/') ? path.startsWith(source) : path === source)),
  );
}
