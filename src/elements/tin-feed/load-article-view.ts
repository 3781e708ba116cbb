/**
 * The article view (with the sanitiser) is not needed to paint the grid: `<tin-feed>` loads it when
 * an article opens, or earlier, as soon as the visitor points at or tabs into the grid. Bundlers
 * and the CDN module put it in a chunk of its own; the classic script uses
 * `load-article-view.eager.ts` instead, since it inlines everything anyway (both as declared for
 * `tin-article` in `src/chunks.ts`, which vite.config.ts reads).
 */
import { consoleWarn } from '../../feed/model.js';

let pending: Promise<boolean> | undefined;

/** Resolves `true` once `<tin-article>` is registered, `false` if its chunk could not be loaded. */
export const loadArticleView = (): Promise<boolean> =>
  (pending ??= import('../tin-article/define.js').then(
    () => true,
    (error: unknown) => {
      // A CDN hiccup: the next try loads again (browsers that still keep a failed import failed
      // for the page's life, whatwg/html#6768, show the error again; "Quay lại" always works).
      pending = undefined;
      consoleWarn('could not load <tin-article>:', error);
      return false;
    },
  ));
