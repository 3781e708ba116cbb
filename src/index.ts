/**
 * tin-widgets: classes, types and helpers. Importing this module registers nothing; import
 * `tin-widgets/define` (or `tin-widgets/define/tin-card` …) to register the tags.
 */
// The tag map (types only): `document.querySelector('tin-card')` is a TinCard with this import alone.
export type {} from './tag-names.js';
export { TinCard, type CardLayout } from './elements/tin-card/tin-card.js';
export { TinList } from './elements/tin-list/tin-list.js';
export { TinArticle } from './elements/tin-article/tin-article.js';
export { TinFeed } from './elements/tin-feed/tin-feed.js';
export type { UrlMode } from './render/controllers/url-state.js';
export { TinElement } from './elements/tin-element.js';
export { TinErrorEvent, TinLoadEvent, TinSelectEvent } from './events.js';
export type { TinErrorDetail, TinLoadDetail, TinSelectDetail } from './events.js';
export type { Article, Attachment, Author, Feed, FeedErrorKind, ImageSource, WarnFn } from './feed/model.js';
export { FeedError, isFeedError } from './feed/model.js';
// Handles legacy-encoded text by default, which the module-level parseJsonFeed leaves to its caller.
export { parseJsonFeed } from './feed/public-parsers.js';
export { parseFeedText } from './feed/parse.js';
export type { DiagnosticFn, FeedFormat, ParseDiagnostic, ParseOptions, SkipReason } from './feed/parse-options.js';
export type { LegacyText } from './feed/text.js';
export { clearFeedCache, loadFeed, requestFeed, type LoadOptions, type RequestOptions } from './feed/loader.js';
export { registerLocale, matchLocale, supportedLocales } from './i18n/locale.js';
export { foldVietnamese, type ArticleQuery } from './render/select-articles.js';
export { selectMatching as selectArticles } from './render/search.js';
export type { SanitizerChoice } from './render/sanitize.js';
