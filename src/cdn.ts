/**
 * Entry of the CDN ES module. Cards and lists register at once; `<tin-article>` and `<tin-feed>`
 * (with the article view, reader tools and, on browsers without the Sanitizer API, DOMPurify)
 * load the first time one appears in the page, so a page showing only cards and lists downloads
 * only what it uses. Everything is requested from here with dynamic imports, so the chunks a page
 * needs download side by side instead of one after another. Which elements load on first use is
 * declared in `chunks.ts`; `lazy` must name exactly those. The feeds the elements in the page will
 * load are requested at once too (`early-feeds.ts`), while the code downloads, and so is the article
 * view when the address opens an article in a `<tin-feed>` (`deep-link.ts`).
 */
import type { LazyElement } from './chunks.js';
import { opensArticle } from './deep-link.js';
import { requestFeedsEarly } from './early-feeds.js';

const warn = (tag: string) => (error: unknown) => console.warn(`[tin-widgets] could not load <${tag}>:`, error);

/** Registers cards and lists now, and the other elements when one first appears. */
function start(): void {
  // Skipped when another copy (the classic script, say) already defined them.
  if (!customElements.get('tin-card')) import('./elements/tin-card/define.js').catch(warn('tin-card'));
  if (!customElements.get('tin-list')) import('./elements/tin-list/define.js').catch(warn('tin-list'));

  const lazy: Record<string, () => Promise<unknown>> = {
    'tin-article': () => import('./elements/tin-article/define.js'),
    'tin-feed': () => import('./elements/tin-feed/define.js'),
  } satisfies Record<LazyElement, () => Promise<unknown>>;

  function loadNeeded(root: ParentNode): void {
    for (const [tag, load] of Object.entries(lazy)) {
      // Another copy of the library may have defined the tag already: then there is nothing to load.
      if (customElements.get(tag)) delete lazy[tag];
      else if (root.querySelector(`${tag}:not(:defined)`)) {
        delete lazy[tag];
        load().catch(warn(tag));
      }
    }
    if (!Object.keys(lazy).length) observer.disconnect();
  }

  const observer = new MutationObserver(() => loadNeeded(document));
  loadNeeded(document);
  // After the code's own requests, and before it arrives: the feeds the page's elements will want.
  requestFeedsEarly(document);
  // A deep link: the article view is wanted with the grid, not once the grid has read the address.
  if (lazy['tin-article'] && !customElements.get('tin-feed') && opensArticle(document)) {
    lazy['tin-article']().catch(warn('tin-article'));
    delete lazy['tin-article'];
  }
  if (Object.keys(lazy).length) observer.observe(document.documentElement, { childList: true, subtree: true });
}

// Imported where there is no DOM (a server rendering the page, a script in Node): nothing to register.
if (typeof customElements !== 'undefined') start();
