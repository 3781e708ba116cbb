/**
 * `load-article-view.ts` for the single-file classic script (aliased in vite.config.ts): it inlines
 * every element, so `<tin-article>` is registered with the rest and there is nothing to load.
 */
import '../tin-article/define.js';

export const loadArticleView = (): Promise<boolean> => Promise.resolve(true);
