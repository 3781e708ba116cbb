/**
 * Whether the page's address opens an article in one of its `<tin-feed>` elements (`#tin=<id>`, or
 * the element's own `url-param`, in the hash or with `url-mode="query"` in the query). The CDN
 * entry then requests the article view at once, beside the grid's code, instead of once the grid
 * has downloaded, run and read the same address: on a phone that is one download less in a row
 * before the article paints.
 *
 * It reads parameters as `render/controllers/url-state.ts` does (names numbered in document order
 * among the elements without `url-param`); that module is in the grid's chunk, which the entry
 * cannot import. A wrong answer costs only when the download happens: early, or on first use.
 */
export function opensArticle(document: Document): boolean {
  let unnamed = 0;
  for (const feed of document.querySelectorAll('tin-feed')) {
    // An empty url-param leaves the element out of the numbering, on the first name.
    const own = feed.getAttribute('url-param');
    const key = own?.trim() || (own === null && unnamed++ ? `tin-${unnamed}` : 'tin');
    const query = feed.getAttribute('url-mode') === 'query';
    const params = new URLSearchParams(query ? location.search : location.hash.slice(1));
    if (params.get(key)?.trim()) return true;
  }
  return false;
}
