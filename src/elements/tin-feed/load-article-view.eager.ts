/**
 * `load-article-view.ts` for the single-file classic script (swapped in by vite.config.ts, as
 * `src/chunks.ts` declares for `tin-article`): it inlines every element, so `<tin-article>` is
 * registered with the rest and there is nothing to load.
 */
import '../tin-article/define.js';

export const loadArticleView = (): Promise<boolean> => Promise.resolve(true);
