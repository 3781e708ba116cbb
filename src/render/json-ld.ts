/**
 * schema.org NewsArticle for search engines: one `<script type="application/ld+json">` in the
 * document head per article element, rewritten when the article changes and removed with the
 * element. Dates carry the zone's offset (+07:00) as Google's guidelines ask.
 */
import type { Article, Feed } from '../feed/model.js';
import { trustedPolicy } from '../feed/inert-html.js';
import { isoInZone } from './format/dates.js';

const scripts = new WeakMap<Element, HTMLScriptElement>();

export function newsArticleData(article: Article, feed: Feed | undefined, timeZone: string): Record<string, unknown> {
  const image = article.image ?? article.bannerImage;
  const modified = article.modified ?? article.published;
  // Undefined values are left out by JSON.stringify: each optional field is written as it is.
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title.slice(0, 110),
    description: article.summary,
    image: image && [image],
    datePublished: article.published && isoInZone(article.published, timeZone),
    dateModified: modified && isoInZone(modified, timeZone),
    author: article.authors.length
      ? article.authors.map((a) => ({ '@type': 'Person', name: a.name, url: a.url }))
      : undefined,
    publisher: feed?.title
      ? {
          '@type': 'Organization',
          name: feed.title,
          url: feed.homePageUrl,
          logo: feed.icon && { '@type': 'ImageObject', url: feed.icon },
        }
      : undefined,
    mainEntityOfPage: article.url && { '@type': 'WebPage', '@id': article.url },
    inLanguage: article.language ?? feed?.language ?? 'vi',
  };
}

export function writeJsonLd(owner: Element, article: Article, feed: Feed | undefined, timeZone: string): void {
  // "</script>" inside a string would end the block early in an HTML parser; escape every "<".
  const json = JSON.stringify(newsArticleData(article, feed, timeZone)).replace(/</g, '\\u003c');
  let script = scripts.get(owner);
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute('data-tin-widgets', '');
    scripts.set(owner, script);
  }
  // A data block: under Trusted Types its text needs the library's policy (which accepts only JSON).
  if (script.text !== json) script.text = (trustedPolicy()?.createScript(json) ?? json) as string;
  if (!script.isConnected) document.head.append(script);
}

export function removeJsonLd(owner: Element): void {
  scripts.get(owner)?.remove();
}
