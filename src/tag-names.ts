/**
 * Which class each tag is, for `document.querySelector('tin-card')` and `createElement`. Types only
 * (nothing here runs): the main entry, `tin-widgets/types` and every define module carry it, so a
 * page that registers the tags itself, or loads the CDN script, is typed without registering anything.
 */
import type { TinArticle } from './elements/tin-article/tin-article.js';
import type { TinCard } from './elements/tin-card/tin-card.js';
import type { TinFeed } from './elements/tin-feed/tin-feed.js';
import type { TinList } from './elements/tin-list/tin-list.js';

declare global {
  interface HTMLElementTagNameMap {
    'tin-article': TinArticle;
    'tin-card': TinCard;
    'tin-feed': TinFeed;
    'tin-list': TinList;
  }
}
